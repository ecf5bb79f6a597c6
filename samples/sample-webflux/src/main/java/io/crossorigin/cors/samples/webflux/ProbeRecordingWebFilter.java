package io.crossorigin.cors.samples.webflux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.crossorigin.cors.samples.playground.ProbeLog;
import io.crossorigin.cors.spring.AppliedCorsPolicy;

/**
 * Records, for the playground, every request tagged with a probe: what the server answered (read
 * when the response is committed, error responses included) and the CORS decision the starter left
 * in the exchange's attributes.
 */
@Component
class ProbeRecordingWebFilter implements WebFilter, Ordered {

	private final ProbeLog probes;

	ProbeRecordingWebFilter(ProbeLog probes) {
		this.probes = probes;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String probe = exchange.getRequest().getQueryParams().getFirst(ProbeLog.PARAMETER);
		if (probe != null) {
			long arrival = this.probes.arrival();
			exchange.getResponse().beforeCommit(() -> {
				record(probe, arrival, exchange);
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	private void record(String probe, long arrival, ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		AppliedCorsPolicy applied = AppliedCorsPolicy.from(exchange::getAttribute);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaders().forEach((name, values) -> headers
			.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>()).addAll(values));
		HttpStatusCode status = response.getStatusCode();
		this.probes.record(probe, arrival, new ProbeLog.Exchange(exchange.getRequest().getMethod().name(),
				CorsUtils.isPreFlightRequest(exchange.getRequest()), (status != null) ? status.value() : 200, headers,
				(applied != null && applied.isCovered()) ? applied.policy().name() : null, (applied != null && applied.decision() != null) ? describe(applied) : null));
	}

	/** The decision as the playground shows it, with the value a refusal was about. */
	private static String describe(AppliedCorsPolicy applied) {
		String value = applied.offendingValue();
		return applied.decision() + ((value != null) ? " (" + value + ")" : "");
	}

}
