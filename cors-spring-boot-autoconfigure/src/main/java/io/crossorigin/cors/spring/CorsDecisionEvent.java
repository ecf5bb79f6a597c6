package io.crossorigin.cors.spring;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;

/**
 * A policy decided a request: what {@link CorsDecisionListener}s are told, once per request, and
 * what the request's {@link AppliedCorsPolicy} attribute then holds. Published by the
 * {@linkplain CorsPolicyEnforcer enforcement step} for every entry point on both stacks.
 */
public final class CorsDecisionEvent extends AppliedCorsPolicy {

	private final NamedCorsPolicy policy;

	private final CorsDecision decision;

	private final CorsExchange exchange;

	CorsDecisionEvent(NamedCorsPolicy policy, CorsDecision decision, CorsExchange exchange) {
		this.policy = policy;
		this.decision = decision;
		this.exchange = exchange;
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
		return this.decision.isAnswered();
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
