package io.crossorigin.cors.spring.webflux;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsDecisionLogger;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Enforces CORS policies in Spring WebFlux, with the same behaviour as the MVC interceptor: picks
 * the request's policy (looking up the handler method the request will reach when any controller
 * carries {@code @CrossOriginPolicy}, preflights included), lets the engine decide, answers
 * preflights itself and writes the headers of actual requests before passing them on; what it
 * applied is kept in the exchange's {@link AppliedCorsPolicy} attribute. When the
 * response is committed, if anyone else wrote, replaced or removed a {@code Vary} or
 * {@code Access-Control-*} header since (a handler, a filter, a service behind a gateway), the
 * policy decides its headers again on a response cleared of every {@code Access-Control-*}
 * header: the policy is the gate, and {@code Vary} carries each token once.
 */
public class CorsPolicyWebFilter implements WebFilter, Ordered {

	/**
	 * The filter's default order: before security filters (a preflight carries no credentials),
	 * after filters at {@link Ordered#HIGHEST_PRECEDENCE} that observe or trace the whole exchange.
	 */
	public static final int ORDER = CorsProperties.DEFAULT_FILTER_ORDER;

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	private final List<RequestMappingHandlerMapping> mappings;

	private final int order;

	private final CorsDecisionListener listener;

	/**
	 * Creates a filter with the default {@link #ORDER order}.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param mappings the annotated-controller mappings, to find a request's handler method
	 */
	public CorsPolicyWebFilter(CorsPolicySelector selector, CorsEngine engine, List<RequestMappingHandlerMapping> mappings) {
		this(selector, engine, mappings, ORDER);
	}

	/**
	 * Creates a filter.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param mappings the annotated-controller mappings, to find a request's handler method
	 * @param order the filter's order; to answer preflights before authentication it must come
	 * before Spring Security's ({@code -100})
	 */
	public CorsPolicyWebFilter(CorsPolicySelector selector, CorsEngine engine, List<RequestMappingHandlerMapping> mappings,
			int order) {
		this(selector, engine, mappings, order, CorsDecisionListener.NONE);
	}

	/**
	 * Creates a filter that tells a listener of each decision.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param mappings the annotated-controller mappings, to find a request's handler method
	 * @param order the filter's order; to answer preflights before authentication it must come
	 * before Spring Security's ({@code -100})
	 * @param listener told of each decision
	 */
	public CorsPolicyWebFilter(CorsPolicySelector selector, CorsEngine engine, List<RequestMappingHandlerMapping> mappings,
			int order, CorsDecisionListener listener) {
		this.selector = selector;
		this.engine = engine;
		this.mappings = List.copyOf(mappings);
		this.order = order;
		this.listener = listener;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.selector.hasAnnotatedHandlers()) {
			// paths alone decide: no handler lookup, no extra operators per request
			return apply(exchange, chain, null);
		}
		return handlerMethod(exchange).map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((handler) -> apply(exchange, chain, handler.orElse(null)));
	}

	private Mono<Void> apply(ServerWebExchange exchange, WebFilterChain chain, HandlerMethod handler) {
		ServerHttpRequest request = exchange.getRequest();
		NamedCorsPolicy policy = this.selector.select(handler, request.getPath().pathWithinApplication());
		if (policy == null) {
			exchange.getAttributes().put(AppliedCorsPolicy.ATTRIBUTE, AppliedCorsPolicy.chosen(null));
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		ServerCorsRequest corsRequest = new ServerCorsRequest(request);
		ServerCorsResponseHeaders written = ServerCorsResponseHeaders.recording(response.getHeaders());
		CorsDecision decision = this.engine.decide(policy.policy(), corsRequest, written);
		exchange.getAttributes().put(AppliedCorsPolicy.ATTRIBUTE, AppliedCorsPolicy.decided(policy, decision, corsRequest));
		CorsDecisionLogger.log(policy, corsRequest, request.getMethod().name(), request.getPath().value(),
				decision);
		this.listener.decided(policy, decision);
		if (decision.isPreflight()) {
			response.setStatusCode(HttpStatusCode.valueOf(decision.status()));
			return AnsweredExchange.complete(exchange);
		}
		response.beforeCommit(() -> {
			// the policy is the gate: whoever else wrote Access-Control-* headers, only its own leave
			if (!written.holdsOnlyWhatWasSet()) {
				ServerCorsResponseHeaders headers = new ServerCorsResponseHeaders(response.getHeaders());
				headers.clearAccessControl();
				this.engine.decide(policy.policy(), corsRequest, headers);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/** The handler method the request will reach, as the annotated-controller mappings find it. */
	private Mono<HandlerMethod> handlerMethod(ServerWebExchange exchange) {
		return Flux.fromIterable(this.mappings)
			.concatMap((mapping) -> mapping.getHandlerInternal(exchange).onErrorResume((ex) -> Mono.empty()))
			.next();
	}

}
