package io.crossorigin.cors.spring.scenario;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.WebFilter;

/**
 * A filter on each stack, after the starter's, that writes what a CORS-aware component behind it
 * would (a proxied service, a handler doing its own CORS), as {@code X-Test-Headers} asks:
 * {@code add} adds its own {@code Access-Control-*} headers granting another origin and a
 * {@code Vary} with repeated tokens, {@code set} replaces {@code Vary}, {@code reset} clears every
 * header.
 */
@Configuration(proxyBeanMethods = false)
class ForeignHeaderFilters {

	static final String HEADER = "X-Test-Headers";

	static final String FOREIGN_ORIGIN = "https://foreign.example.org";

	static void addForeign(HttpHeaders headers) {
		headers.add("Access-Control-Allow-Origin", FOREIGN_ORIGIN);
		headers.add("Access-Control-Allow-Credentials", "true");
		headers.add("Access-Control-Expose-Headers", "X-Secret");
		headers.add("access-control-allow-methods", "*");
		headers.add("Vary", "Origin, Accept-Encoding, origin");
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	OncePerRequestFilter foreignHeaderServletFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String what = request.getHeader(HEADER);
				if ("add".equals(what)) {
					HttpHeaders foreign = new HttpHeaders();
					addForeign(foreign);
					foreign.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
				}
				else if ("set".equals(what)) {
					response.setHeader("Vary", "Accept-Encoding");
				}
				else if ("reset".equals(what)) {
					response.reset();
				}
				chain.doFilter(request, response);
			}

		};
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	WebFilter foreignHeaderWebFilter() {
		return (exchange, chain) -> {
			String what = exchange.getRequest().getHeaders().getFirst(HEADER);
			HttpHeaders headers = exchange.getResponse().getHeaders();
			if ("add".equals(what)) {
				addForeign(headers);
			}
			else if ("set".equals(what)) {
				headers.set("Vary", "Accept-Encoding");
			}
			else if ("reset".equals(what)) {
				headers.clear();
			}
			return chain.filter(exchange);
		};
	}

}
