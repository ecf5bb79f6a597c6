package io.crossorigin.cors.spring.mvc;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.CorsFilter;

/**
 * Passes a request a policy of this starter covers straight on, and every other one to Spring's
 * {@link CorsFilter}. Stepping aside wholly matters: a {@code CorsFilter} ends every request that
 * looks like a preflight, even one its processor lets through (a same-origin {@code OPTIONS} with
 * {@code Access-Control-Request-Method}, which the policy treats as no CORS request).
 */
final class PolicyAwareCorsFilter implements Filter {

	private final CorsFilter delegate;

	PolicyAwareCorsFilter(CorsFilter delegate) {
		this.delegate = delegate;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && ServletRequestPolicy.isCovered(http)) {
			chain.doFilter(request, response);
			return;
		}
		this.delegate.doFilter(request, response, chain);
	}

	@Override
	public String toString() {
		return "PolicyAware" + this.delegate;
	}

}
