package io.crossorigin.cors.samples.mvc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import io.crossorigin.cors.samples.playground.ProbeLog;
import io.crossorigin.cors.spring.AppliedCorsPolicy;

/**
 * Records, for the playground, every request tagged with a probe: what the server answered and the
 * CORS decision the starter left in the request's attributes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProbeRecordingFilter extends OncePerRequestFilter {

	private final ProbeLog probes;

	ProbeRecordingFilter(ProbeLog probes) {
		this.probes = probes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String probe = (request.getQueryString() != null) ? UriComponentsBuilder.newInstance()
			.query(request.getQueryString()).build().getQueryParams().getFirst(ProbeLog.PARAMETER) : null;
		long arrival = this.probes.arrival();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (probe != null) {
				AppliedCorsPolicy applied = AppliedCorsPolicy.from(request::getAttribute);
				this.probes.record(probe, arrival, new ProbeLog.Exchange(request.getMethod(), CorsUtils.isPreFlightRequest(request),
						failed ? 500 : response.getStatus(), headers(response), (applied != null && applied.isCovered()) ? applied.policy().name() : null,
						(applied != null && applied.decision() != null) ? describe(applied) : null));
			}
		}
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>()).addAll(response.getHeaders(name));
		}
		return headers;
	}

	/** The decision as the playground shows it, with the value a refusal was about. */
	private static String describe(AppliedCorsPolicy applied) {
		String value = applied.offendingValue();
		return applied.decision() + ((value != null) ? " (" + value + ")" : "");
	}

}
