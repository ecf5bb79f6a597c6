package io.crossorigin.cors.spring.mvc;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;

import io.crossorigin.cors.PolicyMode;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionEvent;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Enforces CORS policies in a servlet application ahead of every other filter, Spring Security's
 * included: hands each request to the {@link CorsPolicyEnforcer} (with the handler method the
 * request will reach, when any controller carries {@code @CrossOriginPolicy}), answers preflights
 * itself, and passes actual requests on with their headers written, so that every response to an
 * allowed origin carries them, whoever writes it (Spring Security's 401 and 403, a filter that ends
 * the request early, {@code DispatcherServlet}'s own 404, 405 or 415). Behind it the policy is the
 * gate for the response's {@code Access-Control-*} headers ({@link PolicyGatedResponse}). On the
 * error dispatch the original request's headers are written again, in case whatever failed reset
 * the response.
 *
 * <p>Where this filter runs, {@link CorsPolicyInterceptor} stands by: each request is decided once.
 */
public class CorsPolicyFilter extends OncePerRequestFilter {

	/** Request attribute marking that this filter handles every dispatch of the request. */
	static final String ACTIVE_ATTRIBUTE = CorsPolicyFilter.class.getName() + ".active";

	private final CorsPolicyEnforcer enforcer;

	private final RequestPaths paths = new RequestPaths();

	private final ServletHandlerMethodLookup handlers;

	/** Built once: the inherited method concatenates it on every request. */
	private volatile @Nullable String alreadyFilteredAttributeName;

	/**
	 * Creates a filter.
	 * @param enforcer the enforcement step
	 * @param handlers finds the handler method of a request when any handler carries
	 * {@code @CrossOriginPolicy}
	 */
	public CorsPolicyFilter(CorsPolicyEnforcer enforcer, ServletHandlerMethodLookup handlers) {
		this.enforcer = enforcer;
		this.handlers = handlers;
	}

	@Override
	protected String getAlreadyFilteredAttributeName() {
		String name = this.alreadyFilteredAttributeName;
		if (name == null) {
			name = super.getAlreadyFilteredAttributeName();
			this.alreadyFilteredAttributeName = name;
		}
		return name;
	}

	@Override
	protected void initFilterBean() {
		// the container has named the filter now, and the name is part of the attribute's
		this.alreadyFilteredAttributeName = null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			continueErrorDispatch(request, response, chain);
			return;
		}
		request.setAttribute(ACTIVE_ATTRIBUTE, Boolean.TRUE);
		ServletCorsExchange exchange = new ServletCorsExchange(request, response, this.paths);
		HandlerMethod handler = this.enforcer.needsHandler() ? this.handlers.find(request, exchange.requestPath()) : null;
		AppliedCorsPolicy applied = this.enforcer.enforce(exchange, handler);
		if (!(applied instanceof CorsDecisionEvent decided)) {
			chain.doFilter(request, response);
			return;
		}
		if (decided.isReportOnly()) {
			// the application answers as it would without the starter; then compare
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.enforcer.report(decided, response.getStatus(), exchange::get);
			}
			return;
		}
		if (decided.answersItself()) {
			response.setStatus(decided.status());
			return;
		}
		chain.doFilter(request, gated(decided.policy(), exchange, response));
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		continueErrorDispatch(request, response, chain);
	}

	/**
	 * The error dispatch of a request decided (and published) already: its headers are written
	 * again, in case whatever failed reset the response, and the error page writes behind the gate.
	 */
	private void continueErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		NamedCorsPolicy policy = ServletRequestPolicy.get(request);
		if (policy == null || policy.policy().mode() == PolicyMode.REPORT_ONLY) {
			chain.doFilter(request, response);
			return;
		}
		ServletCorsExchange exchange = new ServletCorsExchange(request, response, this.paths);
		if (!response.isCommitted()) {
			this.enforcer.reapply(policy, exchange, exchange);
		}
		chain.doFilter(request, gated(policy, exchange, response));
	}

	/** Behind this filter, the policy is the gate for the response's {@code Access-Control-*} headers. */
	private HttpServletResponse gated(NamedCorsPolicy policy, ServletCorsExchange exchange, HttpServletResponse response) {
		return new PolicyGatedResponse(response, () -> this.enforcer.reapply(policy, exchange, exchange));
	}

}
