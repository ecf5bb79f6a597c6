package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.PolicyMode;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionEvent;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Enforces CORS policies in Spring MVC for requests that reach {@code DispatcherServlet} without
 * passing {@link CorsPolicyFilter} (which decides, ahead of Spring Security, every request a
 * container serves; a {@code MockMvc} built without filters is such a case): hands the request and
 * its handler to the {@link CorsPolicyEnforcer}, answers preflights itself (they never reach a
 * controller) and lets actual requests through with their headers written. A later dispatch of
 * the request (an error page) gets the same headers again.
 */
public class CorsPolicyInterceptor implements HandlerInterceptor {

	/** Marks a request whose report-only comparison is made. */
	private static final String COMPARED_ATTRIBUTE = CorsPolicyInterceptor.class.getName() + ".COMPARED";

	private final CorsPolicyEnforcer enforcer;

	private final RequestPaths paths = new RequestPaths();

	/**
	 * Creates an interceptor.
	 * @param enforcer the enforcement step
	 */
	public CorsPolicyInterceptor(CorsPolicyEnforcer enforcer) {
		this.enforcer = enforcer;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) != null) {
			// decided by the filter, ahead of Spring Security, on every dispatch
			return true;
		}
		AppliedCorsPolicy applied = ServletRequestPolicy.resolve(request, handler, this.enforcer.selector());
		NamedCorsPolicy policy = applied.policy();
		if (policy == null) {
			return true;
		}
		ServletCorsExchange exchange = new ServletCorsExchange(request, response, this.paths);
		if (policy.policy().mode() == PolicyMode.REPORT_ONLY) {
			// decided and published once, written nowhere; compared in afterCompletion
			if (!(applied instanceof CorsDecisionEvent)) {
				this.enforcer.apply(exchange, policy);
			}
			return true;
		}
		CorsDecision decision = (applied instanceof CorsDecisionEvent)
				? this.enforcer.reapply(policy, exchange, exchange) : this.enforcer.apply(exchange, policy).decision();
		if (decision.isAnswered()) {
			response.setStatus(decision.status());
			return false;
		}
		return true;
	}

	/**
	 * Where the filter did not run, compares a report-only policy's decision with what the
	 * application answered.
	 */
	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		compareReportOnly(request, response);
	}

	/**
	 * Where the filter did not run, compares a report-only policy with the refusal Spring's own CORS
	 * processing has just answered: an actual request it refuses never reaches this interceptor
	 * (Spring's CORS interceptor runs first), so the policy decides it here.
	 * @param request the refused request
	 * @param response Spring's answer
	 */
	void compareSpringsRefusal(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) != null) {
			return; // the filter decided the request, and compares once it completes
		}
		AppliedCorsPolicy applied = ServletRequestPolicy.applied(request);
		NamedCorsPolicy policy = (applied != null) ? applied.policy() : null;
		if (!(applied instanceof CorsDecisionEvent) && policy != null && policy.policy().mode() == PolicyMode.REPORT_ONLY) {
			this.enforcer.apply(new ServletCorsExchange(request, response, this.paths), policy);
		}
		compareReportOnly(request, response);
	}

	/** Compares once per request: Spring's refusal of a preflight also completes the interceptors. */
	private void compareReportOnly(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) == null
				&& request.getDispatcherType() != DispatcherType.ERROR
				&& request.getAttribute(COMPARED_ATTRIBUTE) == null
				&& ServletRequestPolicy.applied(request) instanceof CorsDecisionEvent decided && decided.isReportOnly()) {
			request.setAttribute(COMPARED_ATTRIBUTE, Boolean.TRUE);
			this.enforcer.report(decided, response.getStatus(), new ServletCorsExchange(request, response, this.paths)::get);
		}
	}

}
