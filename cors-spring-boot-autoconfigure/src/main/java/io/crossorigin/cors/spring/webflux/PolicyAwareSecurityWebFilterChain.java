package io.crossorigin.cors.spring.webflux;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.crossorigin.cors.spring.AppliedCorsPolicy;

/**
 * A Spring Security filter chain whose {@link CorsWebFilter} (put there by {@code http.cors(...)}
 * or by a {@code CorsConfigurationSource} bean) steps aside wherever a policy of this starter
 * applied. Without this, on a covered path that filter would decide a second time: grant an origin
 * the policy refuses, reject with 403 a request the policy lets through without CORS headers, or
 * repeat {@code Vary} tokens. Elsewhere it works as before.
 */
final class PolicyAwareSecurityWebFilterChain implements SecurityWebFilterChain {

	private final SecurityWebFilterChain delegate;

	private final Flux<WebFilter> filters;

	PolicyAwareSecurityWebFilterChain(SecurityWebFilterChain delegate) {
		this.delegate = delegate;
		// replayed: the chain's filters are fixed, so each request reuses the same decorated ones
		this.filters = delegate.getWebFilters()
			.map((filter) -> (filter instanceof CorsWebFilter) ? new PolicyAwareCorsWebFilter(filter) : filter)
			.cache();
	}

	@Override
	public Mono<Boolean> matches(ServerWebExchange exchange) {
		return this.delegate.matches(exchange);
	}

	@Override
	public Flux<WebFilter> getWebFilters() {
		return this.filters;
	}

	@Override
	public String toString() {
		return "PolicyAware" + this.delegate;
	}

	/** Passes a covered exchange straight on; every other one to Spring's {@code CorsWebFilter}. */
	private record PolicyAwareCorsWebFilter(WebFilter delegate) implements WebFilter {

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			AppliedCorsPolicy applied = AppliedCorsPolicy.from(exchange::getAttribute);
			if (applied != null && applied.isCovered()) {
				return chain.filter(exchange);
			}
			return this.delegate.filter(exchange, chain);
		}

	}

}
