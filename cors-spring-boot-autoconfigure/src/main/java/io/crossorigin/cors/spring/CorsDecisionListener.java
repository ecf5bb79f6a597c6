package io.crossorigin.cors.spring;

import java.util.List;

import io.crossorigin.cors.CorsDecision;

/**
 * Told of every decision a policy makes, once per request (not again on its error dispatch), on
 * both stacks: implement it as a bean to count, trace or audit CORS requests. Called on the
 * request's thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface CorsDecisionListener {

	/** Listens to nothing. */
	CorsDecisionListener NONE = (policy, decision) -> {
	};

	/**
	 * A policy decided a request.
	 * @param policy the policy
	 * @param decision what it decided
	 */
	void decided(NamedCorsPolicy policy, CorsDecision decision);

	/**
	 * One listener that tells each of several, in order.
	 * @param listeners the listeners
	 * @return a listener
	 */
	static CorsDecisionListener of(List<? extends CorsDecisionListener> listeners) {
		if (listeners.isEmpty()) {
			return NONE;
		}
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		List<CorsDecisionListener> all = List.copyOf(listeners);
		return (policy, decision) -> {
			for (CorsDecisionListener listener : all) {
				listener.decided(policy, decision);
			}
		};
	}

}
