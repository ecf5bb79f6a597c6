package io.crossorigin.cors.spring;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.web.method.HandlerMethod;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.PolicyMode;

/**
 * The one enforcement step every entry point calls, on either stack: it selects the request's
 * policy ({@link CorsPolicySelector}), lets the engine decide and write the headers, records what
 * was applied with the request ({@link AppliedCorsPolicy}) and publishes one
 * {@link CorsDecisionEvent} to the listeners, the DEBUG log and the {@code cors.requests} metric
 * among them. What stays in an adapter is its stack's I/O: reading the request, writing the
 * response, ending a preflight, the gate.
 */
public class CorsPolicyEnforcer {

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	private final CorsDecisionListener listener;

	/**
	 * Creates the step.
	 * @param selector picks the policy of each request
	 * @param engine decides each request
	 * @param listener told of each decision
	 */
	public CorsPolicyEnforcer(CorsPolicySelector selector, CorsEngine engine, CorsDecisionListener listener) {
		this.selector = selector;
		this.engine = engine;
		this.listener = listener;
	}

	/**
	 * The whole step: selects the request's policy, then {@linkplain #apply applies} it, or records
	 * that none applies (the request is then left untouched).
	 * @param exchange the request
	 * @param handler the handler method the request reaches, or null if the stack does not know it
	 * (yet); see {@link #needsHandler()}
	 * @return what was applied: a {@link CorsDecisionEvent} when a policy decided
	 */
	public AppliedCorsPolicy enforce(CorsExchange exchange, @Nullable HandlerMethod handler) {
		NamedCorsPolicy policy = this.selector.select(handler, exchange.pathWithinApplication());
		if (policy == null) {
			exchange.record(AppliedCorsPolicy.NONE);
			return AppliedCorsPolicy.NONE;
		}
		return apply(exchange, policy);
	}

	/**
	 * Applies a policy chosen already: the engine decides and writes the headers, the decision is
	 * recorded with the request, and the listeners are told.
	 * @param exchange the request
	 * @param policy the policy
	 * @return the decision
	 */
	public CorsDecisionEvent apply(CorsExchange exchange, NamedCorsPolicy policy) {
		if (policy.policy().mode() == PolicyMode.REPORT_ONLY) {
			// decided exactly as enforced, but into a map: the response stays the application's
			Map<String, String> wouldWrite = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			CorsDecision decision = this.engine.decide(policy.policy(), exchange, new MapResponseHeaders(wouldWrite));
			CorsDecisionEvent event = new CorsDecisionEvent(policy, decision, exchange, wouldWrite);
			exchange.record(event);
			this.listener.decided(event);
			return event;
		}
		CorsDecision decision = this.engine.decide(policy.policy(), exchange, exchange.responseHeaders());
		CorsDecisionEvent event = new CorsDecisionEvent(policy, decision, exchange, null);
		exchange.record(event);
		this.listener.decided(event);
		return event;
	}

	/**
	 * Compares a report-only policy's decision with what the application sent, once its response
	 * is complete, and tells the listeners. Does nothing for an enforced policy.
	 * @param event the decision
	 * @param status the status the application answered with
	 * @param sent the application's response headers by name, values combined
	 */
	public void report(CorsDecisionEvent event, int status, Function<String, @Nullable String> sent) {
		if (event.isReportOnly()) {
			this.listener.compared(event,
					ReportOnlyComparison.compare(event.decision(), event.wouldWrite(), status, sent));
		}
	}

	/**
	 * Writes a decided request's headers again on a response, and nothing else: neither recorded
	 * again nor published. For the error dispatch of a request decided already, a response that was
	 * reset, and the gate that decides again when someone else wrote CORS headers.
	 * @param policy the policy that decided the request
	 * @param request the request
	 * @param response the response headers to write
	 * @return the decision, the same as the first time
	 */
	public CorsDecision reapply(NamedCorsPolicy policy, CorsRequest request, CorsResponseHeaders response) {
		return this.engine.decide(policy.policy(), request, response);
	}

	/** The response headers a report-only policy writes: a map nobody sends. */
	private record MapResponseHeaders(Map<String, String> headers) implements CorsResponseHeaders {

		@Override
		public @Nullable String get(String name) {
			return this.headers.get(name);
		}

		@Override
		public void set(String name, String value) {
			this.headers.put(name, value);
		}

	}

	/**
	 * Whether selecting a policy needs the request's handler method: only when a handler carries
	 * {@link CrossOriginPolicy}; otherwise an adapter need not look it up ahead of the dispatcher.
	 * @return true if the handler matters
	 */
	public boolean needsHandler() {
		return this.selector.hasAnnotatedHandlers();
	}

	/**
	 * The selector, for adapters that choose a request's policy before it is decided (Spring MVC's
	 * own CORS processing asks whether a policy covers a request from within the handler lookup).
	 * @return the selector
	 */
	public CorsPolicySelector selector() {
		return this.selector;
	}

}
