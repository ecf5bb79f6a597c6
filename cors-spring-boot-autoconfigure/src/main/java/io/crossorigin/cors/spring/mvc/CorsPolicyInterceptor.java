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
	 * application answered. Requests Spring's own CORS processing refuses before the interceptors
	 * run never get here: only the filter sees those.
	 */
	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (request.getAttribute(CorsPolicyFilter.ACTIVE_ATTRIBUTE) == null
				&& request.getDispatcherType() != DispatcherType.ERROR
				&& ServletRequestPolicy.applied(request) instanceof CorsDecisionEvent decided && decided.isReportOnly()) {
			this.enforcer.report(decided, response.getStatus(), new ServletCorsExchange(request, response, this.paths)::get);
		}
	}

}
