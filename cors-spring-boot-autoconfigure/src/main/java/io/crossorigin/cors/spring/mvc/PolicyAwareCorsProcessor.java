package io.crossorigin.cors.spring.mvc;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Wraps Spring's own {@link CorsProcessor} (which applies {@code @CrossOrigin} and
 * {@code CorsRegistry} mappings) so that it steps aside wherever a policy of this starter applies:
 * one policy answers each request, and the response never carries two sets of CORS headers.
 */
class PolicyAwareCorsProcessor implements CorsProcessor {

	private final CorsProcessor delegate;

	private final Supplier<CorsPolicyInterceptor> interceptor;

	PolicyAwareCorsProcessor(CorsProcessor delegate, Supplier<CorsPolicyInterceptor> interceptor) {
		this.delegate = delegate;
		this.interceptor = interceptor;
	}

	@Override
	public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		if (this.interceptor.get().policy(request, handler) != null) {
			return true;
		}
		return this.delegate.processRequest(configuration, request, response);
	}

}
