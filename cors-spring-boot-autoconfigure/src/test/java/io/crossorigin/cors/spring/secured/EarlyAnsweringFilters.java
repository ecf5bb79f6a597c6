package io.crossorigin.cors.spring.secured;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Filters that end a request early, as users write them: a rate limiter ahead of Spring Security
 * that answers 429 itself when {@code X-Test-Limit: exceeded}, and a request validator behind it
 * that ends the request with 400 through the framework's error handling (Boot's error page) when
 * {@code X-Test-Limit: malformed}.
 */
@Configuration(proxyBeanMethods = false)
class EarlyAnsweringFilters {

	static final String HEADER = "X-Test-Limit";

	/** Ahead of Spring Security (-100). */
	static final int RATE_LIMITER_ORDER = -200;

	/** Behind Spring Security. */
	static final int VALIDATOR_ORDER = 0;

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Servlet {

		@Bean
		OncePerRequestFilter servletRateLimiter() {
			return new ServletFilter(RATE_LIMITER_ORDER, "exceeded", (response) -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.getWriter().write("slow down");
			});
		}

		@Bean
		OncePerRequestFilter servletValidator() {
			return new ServletFilter(VALIDATOR_ORDER, "malformed",
					(response) -> response.sendError(HttpStatus.BAD_REQUEST.value(), "malformed limit"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class Reactive {

		@Bean
		WebFilter reactiveRateLimiter() {
			return new ReactiveFilter(RATE_LIMITER_ORDER, "exceeded", (exchange) -> {
				exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
				DataBuffer body = exchange.getResponse().bufferFactory().wrap("slow down".getBytes(StandardCharsets.UTF_8));
				return exchange.getResponse().writeWith(Mono.just(body));
			});
		}

		@Bean
		WebFilter reactiveValidator() {
			return new ReactiveFilter(VALIDATOR_ORDER, "malformed",
					(exchange) -> Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed limit")));
		}

	}

	interface ServletAnswer {

		void answer(HttpServletResponse response) throws IOException;

	}

	static final class ServletFilter extends OncePerRequestFilter implements Ordered {

		private final int order;

		private final String trigger;

		private final ServletAnswer answer;

		ServletFilter(int order, String trigger, ServletAnswer answer) {
			this.order = order;
			this.trigger = trigger;
			this.answer = answer;
		}

		@Override
		public int getOrder() {
			return this.order;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.trigger.equals(request.getHeader(HEADER))) {
				this.answer.answer(response);
				return;
			}
			chain.doFilter(request, response);
		}

	}

	interface ReactiveAnswer {

		Mono<Void> answer(ServerWebExchange exchange);

	}

	record ReactiveFilter(int order, String trigger, ReactiveAnswer answer) implements WebFilter, Ordered {

		@Override
		public int getOrder() {
			return this.order;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			if (this.trigger.equals(exchange.getRequest().getHeaders().getFirst(HEADER))) {
				return this.answer.answer(exchange);
			}
			return chain.filter(exchange);
		}

	}

}
