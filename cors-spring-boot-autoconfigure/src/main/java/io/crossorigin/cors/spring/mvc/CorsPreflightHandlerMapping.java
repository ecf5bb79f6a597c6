package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.PolicyMode;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Maps a preflight to a path that a policy covers but no controller does, so that the
 * {@link CorsPolicyInterceptor} answers it instead of a 404. Consulted last, after every other
 * handler mapping.
 */
class CorsPreflightHandlerMapping extends AbstractHandlerMapping {

	private static final HttpRequestHandler UNREACHED = CorsPreflightHandlerMapping::unreached;

	private final CorsPolicyRegistry registry;

	CorsPreflightHandlerMapping(CorsPolicyRegistry registry, CorsPolicyInterceptor interceptor) {
		this.registry = registry;
		setOrder(Ordered.LOWEST_PRECEDENCE);
		setInterceptors(interceptor);
	}

	@Override
	protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
		if (!CorsUtils.isPreFlightRequest(request)) {
			return null;
		}
		initLookupPath(request);
		NamedCorsPolicy policy = this.registry.forPath(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
		// a report-only policy answers nothing: whatever the application answers stands
		return (policy != null && policy.policy().mode() == PolicyMode.ENFORCE) ? UNREACHED : null;
	}

	/** The interceptor answers every preflight this mapping maps; should it not, nothing is there. */
	private static void unreached(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
	}

}
