package io.crossorigin.cors.spring.webflux;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionEvent;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * Enforces CORS policies in Spring WebFlux: hands each exchange to the {@link CorsPolicyEnforcer}
 * (with the handler method it will reach, preflights included, when any controller carries
 * {@code @CrossOriginPolicy}), answers preflights itself and passes actual requests on with their
 * headers written. When the response is committed, if anyone else wrote, replaced or removed a
 * {@code Vary} or {@code Access-Control-*} header since (a handler, a filter, a service behind a
 * gateway), the policy decides its headers again on a response cleared of every
 * {@code Access-Control-*} header: the policy is the gate, and {@code Vary} carries each token once.
 */
public class CorsPolicyWebFilter implements WebFilter, Ordered {

	/**
	 * The filter's default order: before security filters (a preflight carries no credentials),
	 * after filters at {@link Ordered#HIGHEST_PRECEDENCE} that observe or trace the whole exchange.
	 */
	public static final int ORDER = CorsProperties.DEFAULT_FILTER_ORDER;

	private final CorsPolicyEnforcer enforcer;

	private final ReactiveHandlerMethodLookup handlers;

	private final int order;

	/**
	 * Creates a filter.
	 * @param enforcer the enforcement step
	 * @param handlers finds an exchange's handler method when any handler carries {@code @CrossOriginPolicy}
	 * @param order the filter's order; to answer preflights before authentication it must come
	 * before Spring Security's ({@code -100}), as {@link #ORDER} does
	 */
	public CorsPolicyWebFilter(CorsPolicyEnforcer enforcer, ReactiveHandlerMethodLookup handlers, int order) {
		this.enforcer = enforcer;
		this.handlers = handlers;
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.enforcer.needsHandler()) {
			// paths alone decide: no handler lookup, no extra operators per request
			return enforce(exchange, chain, null);
		}
		return this.handlers.find(exchange)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((handler) -> enforce(exchange, chain, handler.orElse(null)));
	}

	private Mono<Void> enforce(ServerWebExchange exchange, WebFilterChain chain, @Nullable HandlerMethod handler) {
		ServerCorsExchange view = new ServerCorsExchange(exchange);
		AppliedCorsPolicy applied = this.enforcer.enforce(view, handler);
		if (!(applied instanceof CorsDecisionEvent decided)) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		if (decided.isReportOnly()) {
			return compareReportOnly(exchange, chain, decided);
		}
		if (decided.answersItself()) {
			response.setStatusCode(HttpStatusCode.valueOf(decided.status()));
			return AnsweredExchange.complete(exchange);
		}
		response.beforeCommit(() -> {
			// the policy is the gate: whoever else wrote Access-Control-* headers, only its own leave
			if (!view.responseHeaders().holdsOnlyWhatWasSet()) {
				ServerCorsResponseHeaders headers = new ServerCorsResponseHeaders(response.getHeaders());
				headers.clearAccessControl();
				this.enforcer.reapply(decided.policy(), view, headers);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/**
	 * The application answers as it would without the starter; its answer is compared once it is
	 * committed. A WebSocket upgrade commits the response with no status of its own just before the
	 * server switches protocols (a refused handshake gets 403 or 400): a handshake committed so
	 * counts as answered 101.
	 */
	private Mono<Void> compareReportOnly(ServerWebExchange exchange, WebFilterChain chain, CorsDecisionEvent decided) {
		ServerHttpResponse response = exchange.getResponse();
		boolean handshake = decided.decision().isHandshake();
		response.beforeCommit(() -> {
			HttpStatusCode status = response.getStatusCode();
			int sent = (status != null) ? status.value() : 200;
			this.enforcer.report(decided, (handshake && sent == 200) ? 101 : sent,
					new ServerCorsResponseHeaders(response.getHeaders())::get);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
