package io.crossorigin.cors.spring.scenario;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.WebFilter;

/**
 * A filter on each stack, after the starter's, that throws when asked to by
 * {@code X-Test-Fail: filter}: the response then comes from the container's or the framework's
 * error handling, not from any handler.
 */
@Configuration(proxyBeanMethods = false)
class FailingFilters {

	static final String HEADER = "X-Test-Fail";

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	OncePerRequestFilter failingServletFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("filter".equals(request.getHeader(HEADER))) {
					throw new IllegalStateException("a filter failed");
				}
				chain.doFilter(request, response);
			}

		};
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	WebFilter failingWebFilter() {
		return (exchange, chain) -> "filter".equals(exchange.getRequest().getHeaders().getFirst(HEADER))
				? Mono.error(new IllegalStateException("a filter failed")) : chain.filter(exchange);
	}

}
