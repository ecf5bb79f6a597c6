package io.crossorigin.cors.spring;

import java.util.Collections;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsHeaders;

/**
 * A policy decided a request: what {@link CorsDecisionListener}s are told, once per request, and
 * what the request's {@link AppliedCorsPolicy} attribute then holds. Published by the
 * {@linkplain CorsPolicyEnforcer enforcement step} for every entry point on both stacks.
 */
public final class CorsDecisionEvent extends AppliedCorsPolicy {

	private final NamedCorsPolicy policy;

	private final CorsDecision decision;

	private final CorsExchange exchange;

	/** For a report-only policy, the headers it would have written; null where it writes them. */
	private final @Nullable Map<String, String> wouldWrite;

	CorsDecisionEvent(NamedCorsPolicy policy, CorsDecision decision, CorsExchange exchange,
			@Nullable Map<String, String> wouldWrite) {
		this.policy = policy;
		this.decision = decision;
		this.exchange = exchange;
		this.wouldWrite = wouldWrite;
	}

	/**
	 * The policy that decided.
	 * @return the policy
	 */
	@Override
	public NamedCorsPolicy policy() {
		return this.policy;
	}

	/**
	 * What it decided.
	 * @return the decision
	 */
	@Override
	public CorsDecision decision() {
		return this.decision;
	}

	/**
	 * The request's method, as the engine read it (on an error dispatch, that of the request that failed).
	 * @return the method
	 */
	public String method() {
		return this.exchange.method();
	}

	/**
	 * The request's {@code Origin}, as received.
	 * @return the value, or null without one
	 */
	public @Nullable String origin() {
		return this.exchange.header(CorsHeaders.ORIGIN);
	}

	/**
	 * Whether the policy only reports ({@code mode: report-only}): it wrote nothing, answers
	 * nothing and refuses nothing, and its decision is compared with what the application sends.
	 * @return true for a report-only policy
	 */
	public boolean isReportOnly() {
		return this.wouldWrite != null;
	}

	/**
	 * The headers a report-only policy would have written.
	 * @return the headers, by name; empty for an enforced policy, which wrote them
	 */
	public Map<String, String> wouldWrite() {
		Map<String, String> headers = this.wouldWrite;
		return (headers != null) ? Collections.unmodifiableMap(headers) : Map.of();
	}

	/**
	 * The request's path as received, for logs.
	 * @return the path
	 */
	public String path() {
		return this.exchange.path();
	}

	/**
	 * The value a refusal was about, read back from the request when asked
	 * ({@link CorsEngine#offendingValue}).
	 * @return the value, or null if the request was not refused or no value is to blame
	 */
	@Override
	public @Nullable String offendingValue() {
		return CorsEngine.offendingValue(this.policy.policy(), this.exchange, this.decision);
	}

	/**
	 * Whether the adapter must answer the request itself with {@link #status()} and an empty body,
	 * instead of passing it on: a preflight never reaches a handler, nor does a refused WebSocket
	 * handshake.
	 * @return true if the adapter answers
	 */
	public boolean answersItself() {
		return this.decision.isAnswered() && this.wouldWrite == null;
	}

	/**
	 * The status of the adapter's own answer.
	 * @return 204 (an accepted preflight) or 403
	 * @throws IllegalStateException if the adapter does not {@linkplain #answersItself() answer itself}
	 */
	public int status() {
		return this.decision.status();
	}

}
