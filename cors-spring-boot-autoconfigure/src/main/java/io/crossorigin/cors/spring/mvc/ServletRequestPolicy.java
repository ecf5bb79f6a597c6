package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * The policy of a servlet request, chosen once and kept in the request's {@link AppliedCorsPolicy}
 * attribute: every dispatch of the request (forward, async, error) and every component that asks
 * (the filter, the interceptor, the Spring CORS processors that step aside) sees the one choice
 * made for it.
 */
final class ServletRequestPolicy {

	private ServletRequestPolicy() {
	}

	/**
	 * What was applied to the request so far.
	 * @return the choice, or null if none was made yet
	 */
	static @Nullable AppliedCorsPolicy applied(HttpServletRequest request) {
		return AppliedCorsPolicy.from(request::getAttribute);
	}

	/**
	 * The chosen policy, or null when none applies or none was chosen yet.
	 */
	static @Nullable NamedCorsPolicy get(HttpServletRequest request) {
		AppliedCorsPolicy applied = applied(request);
		return (applied != null) ? applied.policy() : null;
	}

	/**
	 * Whether a policy of this starter answers the request: Spring's own CORS processing then stays out.
	 */
	static boolean isCovered(HttpServletRequest request) {
		AppliedCorsPolicy applied = applied(request);
		return applied != null && applied.isCovered();
	}

	/**
	 * The policy of a request that reached {@code DispatcherServlet}: the one chosen already, by
	 * {@link CorsPolicyFilter} or an earlier dispatch, else chosen now from the handler and path,
	 * and kept. On the error dispatch of a request that never reached a handler (a 405, 415 or 406
	 * from the handler lookup, an exception in a filter) the original path chooses.
	 * @param request the request
	 * @param handler the handler the request is mapped to, if known
	 * @param selector picks a policy
	 * @return what is applied, never null
	 */
	static AppliedCorsPolicy resolve(HttpServletRequest request, @Nullable Object handler, CorsPolicySelector selector) {
		AppliedCorsPolicy applied = applied(request);
		if (applied != null) {
			return applied;
		}
		NamedCorsPolicy policy;
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			policy = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String originalUri)
					? selector.select(null, RequestPath.parse(originalUri, request.getContextPath()).pathWithinApplication())
					: null;
		}
		else {
			policy = selector.select(ServletHandlerMethodLookup.handlerMethod(handler, request), path(request));
		}
		applied = AppliedCorsPolicy.chosen(policy);
		request.setAttribute(AppliedCorsPolicy.ATTRIBUTE, applied);
		return applied;
	}

	private static PathContainer path(HttpServletRequest request) {
		return ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
				: ServletRequestPathUtils.parse(request).pathWithinApplication();
	}

}
