package io.crossorigin.cors.spring.webflux;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.server.ServerWebExchange;

import io.crossorigin.cors.spring.AppliedCorsPolicy;

/**
 * Wraps Spring's own reactive {@link CorsProcessor} (which applies {@code @CrossOrigin} and global
 * CORS mappings) so that it steps aside wherever a policy of this starter applied: one policy
 * answers each request, and the response never carries two sets of CORS headers.
 */
class PolicyAwareCorsProcessor implements CorsProcessor {

	private final CorsProcessor delegate;

	PolicyAwareCorsProcessor(CorsProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean process(@Nullable CorsConfiguration configuration, ServerWebExchange exchange) {
		AppliedCorsPolicy applied = AppliedCorsPolicy.from(exchange::getAttribute);
		if (applied != null && applied.isCovered()) {
			return true;
		}
		return this.delegate.process(configuration, exchange);
	}

}
