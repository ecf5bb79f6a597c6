package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsDecisionLogger;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Enforces CORS policies in Spring MVC for requests that reach {@code DispatcherServlet} without
 * passing {@link CorsPolicyFilter} (which decides, ahead of Spring Security, every request a
 * container serves): picks the request's policy, lets the engine decide, answers preflights itself
 * (they never reach a controller) and writes the headers of actual requests. On an error dispatch
 * the policy of the original request applies again, so that error responses carry the same
 * headers.
 */
public class CorsPolicyInterceptor implements HandlerInterceptor {

	/**
	 * Request attribute holding the {@link NamedCorsPolicy} chosen for the request (any other value
	 * records that none applies).
	 */
	public static final String POLICY_ATTRIBUTE = CorsPolicyInterceptor.class.getName() + ".policy";

	/** Request attribute holding the {@link CorsDecision} for the request, for metrics or explanations. */
	public static final String DECISION_ATTRIBUTE = CorsPolicyInterceptor.class.getName() + ".decision";

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	/**
	 * Creates an interceptor.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 */
	public CorsPolicyInterceptor(CorsPolicySelector selector, CorsEngine engine) {
		this.selector = selector;
		this.engine = engine;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) != null) {
			// decided by the filter, ahead of Spring Security, on every dispatch
			return true;
		}
		NamedCorsPolicy policy = policy(request, handler);
		if (policy == null) {
			return true;
		}
		boolean decidedBefore = request.getAttribute(DECISION_ATTRIBUTE) != null;
		CorsDecision decision = this.engine.decide(policy.policy(), new ServletCorsRequest(request),
				new ServletCorsResponseHeaders(response));
		if (!decidedBefore) {
			// an error dispatch restores the headers of a request decided and logged already
			request.setAttribute(DECISION_ATTRIBUTE, decision);
			CorsDecisionLogger.log(policy, ServletCorsRequest.method(request), originalUri(request), decision);
		}
		if (decision.isPreflight()) {
			response.setStatus(decision.status());
			return false;
		}
		return true;
	}

	/**
	 * The policy of the request: the one chosen already, by {@link CorsPolicyFilter} or an earlier
	 * dispatch, else chosen now and kept for the error dispatch and for
	 * {@link PolicyAwareCorsProcessor}. On the error dispatch of a request that never reached a
	 * handler (a 405, 415 or 406 from the handler lookup, an exception in a filter) the original
	 * path chooses.
	 */
	NamedCorsPolicy policy(HttpServletRequest request, Object handler) {
		if (ServletRequestPolicy.isChosen(request)) {
			return ServletRequestPolicy.get(request);
		}
		NamedCorsPolicy policy;
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (!(uri instanceof String originalUri)) {
				return null;
			}
			policy = this.selector.select(null, RequestPath.parse(originalUri, request.getContextPath()).pathWithinApplication());
		}
		else {
			policy = this.selector.select(HandlerMethodLookup.handlerMethod(handler, request), path(request));
		}
		ServletRequestPolicy.set(request, policy);
		return policy;
	}

	private static String originalUri(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (request.getDispatcherType() == DispatcherType.ERROR && uri instanceof String original) ? original
				: request.getRequestURI();
	}

	private static PathContainer path(HttpServletRequest request) {
		return ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
				: ServletRequestPathUtils.parse(request).pathWithinApplication();
	}

}
