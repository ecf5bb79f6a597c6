package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionListener;
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

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	private final CorsDecisionListener listener;

	/**
	 * Creates an interceptor.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 */
	public CorsPolicyInterceptor(CorsPolicySelector selector, CorsEngine engine) {
		this(selector, engine, CorsDecisionListener.NONE);
	}

	/**
	 * Creates an interceptor that tells a listener of each decision.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param listener told of each decision
	 */
	public CorsPolicyInterceptor(CorsPolicySelector selector, CorsEngine engine, CorsDecisionListener listener) {
		this.selector = selector;
		this.engine = engine;
		this.listener = listener;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) != null) {
			// decided by the filter, ahead of Spring Security, on every dispatch
			return true;
		}
		AppliedCorsPolicy applied = ServletRequestPolicy.resolve(request, handler, this.selector);
		NamedCorsPolicy policy = applied.policy();
		if (policy == null) {
			return true;
		}
		ServletCorsRequest corsRequest = new ServletCorsRequest(request);
		CorsDecision decision = this.engine.decide(policy.policy(), corsRequest, new ServletCorsResponseHeaders(response));
		if (applied.decision() == null) {
			// an error dispatch restores the headers of a request decided and logged already
			ServletRequestPolicy.decide(request, policy, decision, corsRequest);
			CorsDecisionLogger.log(policy, corsRequest, ServletCorsRequest.method(request),
					originalUri(request), decision);
			this.listener.decided(policy, decision);
		}
		if (decision.isPreflight()) {
			response.setStatus(decision.status());
			return false;
		}
		return true;
	}

	private static String originalUri(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (request.getDispatcherType() == DispatcherType.ERROR && uri instanceof String original) ? original
				: request.getRequestURI();
	}

}
