package io.crossorigin.cors.spring.mvc;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsDecisionLogger;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Enforces CORS policies in a servlet application ahead of every other filter, Spring Security's
 * included, with the same behaviour as the WebFlux filter: picks the request's policy (looking up
 * the handler method the request will reach when any controller carries
 * {@code @CrossOriginPolicy}), lets the engine decide, answers preflights itself and writes the
 * headers of actual requests before passing them on, so that every response to an allowed origin
 * carries them, whoever writes it (Spring Security's 401 and 403, a filter that ends the request
 * early, {@code DispatcherServlet}'s own 404, 405 or 415). Behind it, the policy is the gate for
 * the response's {@code Access-Control-*} headers ({@link PolicyGatedResponse}): whatever else
 * writes some, only the policy's leave. On the error dispatch the original request's headers are
 * written again, in case whatever failed reset the response.
 *
 * <p>Where this filter runs, {@link CorsPolicyInterceptor} stands by: each request is decided once
 * and logged once. The interceptor still decides requests that reach {@code DispatcherServlet}
 * without passing this filter (a {@code MockMvc} built without filters, for example).
 */
public class CorsPolicyFilter extends OncePerRequestFilter {

	/** Request attribute marking that this filter handles every dispatch of the request. */
	static final String ACTIVE_ATTRIBUTE = CorsPolicyFilter.class.getName() + ".active";

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	private final HandlerMethodLookup handlers;

	private final CorsDecisionListener listener;

	/** Built once: the inherited method concatenates it on every request. */
	private volatile String alreadyFilteredAttributeName;

	/**
	 * Creates a filter.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param mappings the annotated-controller mappings, to find the handler method of a request
	 * when any handler carries {@code @CrossOriginPolicy}; resolved at the first such request
	 */
	public CorsPolicyFilter(CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this(selector, engine, mappings, CorsDecisionListener.NONE);
	}

	/**
	 * Creates a filter that tells a listener of each decision.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param mappings the annotated-controller mappings, to find the handler method of a request
	 * when any handler carries {@code @CrossOriginPolicy}; resolved at the first such request
	 * @param listener told of each decision
	 */
	public CorsPolicyFilter(CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<RequestMappingHandlerMapping> mappings, CorsDecisionListener listener) {
		this.selector = selector;
		this.engine = engine;
		this.handlers = new HandlerMethodLookup(mappings);
		this.listener = listener;
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
		NamedCorsPolicy policy = select(request);
		if (policy == null) {
			ServletRequestPolicy.choose(request, null);
			chain.doFilter(request, response);
			return;
		}
		ServletCorsRequest corsRequest = new ServletCorsRequest(request);
		CorsDecision decision = this.engine.decide(policy.policy(), corsRequest, new ServletCorsResponseHeaders(response));
		ServletRequestPolicy.decide(request, policy, decision, corsRequest);
		CorsDecisionLogger.log(policy, corsRequest, request.getMethod(), request.getRequestURI(), decision);
		this.listener.decided(policy, decision);
		if (decision.isPreflight()) {
			response.setStatus(decision.status());
			return;
		}
		chain.doFilter(request, gated(policy, request, response));
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		continueErrorDispatch(request, response, chain);
	}

	/**
	 * The error dispatch of a request decided (and logged) already: its headers are written again,
	 * in case whatever failed reset the response, and the error page writes behind the gate.
	 */
	private void continueErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		NamedCorsPolicy policy = ServletRequestPolicy.get(request);
		if (policy == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!response.isCommitted()) {
			this.engine.decide(policy.policy(), new ServletCorsRequest(request), new ServletCorsResponseHeaders(response));
		}
		chain.doFilter(request, gated(policy, request, response));
	}

	/** Behind this filter, the policy is the gate for the response's {@code Access-Control-*} headers. */
	private HttpServletResponse gated(NamedCorsPolicy policy, HttpServletRequest request, HttpServletResponse response) {
		return new PolicyGatedResponse(response, () -> this.engine.decide(policy.policy(), new ServletCorsRequest(request),
				new ServletCorsResponseHeaders(response)));
	}

	private NamedCorsPolicy select(HttpServletRequest request) {
		RequestPath path = ServletRequestPathUtils.parse(request);
		HandlerMethod handler = this.selector.hasAnnotatedHandlers() ? this.handlers.find(request, path) : null;
		return this.selector.select(handler, path.pathWithinApplication());
	}

}
