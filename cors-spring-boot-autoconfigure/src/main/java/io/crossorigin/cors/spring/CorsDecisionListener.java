package io.crossorigin.cors.spring;

import java.util.List;

/**
 * Told of every decision a policy makes, once per request (not again on its error dispatch), for
 * every entry point on both stacks: implement it as a bean to count, trace or audit CORS requests.
 * The DEBUG log ({@link CorsDecisionLogger}) and the {@code cors.requests} metric are listeners
 * too. Called on the request's thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface CorsDecisionListener {

	/** Listens to nothing. */
	CorsDecisionListener NONE = (event) -> {
	};

	/**
	 * A policy decided a request.
	 * @param event the policy, the decision and the request
	 */
	void decided(CorsDecisionEvent event);

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
		CorsDecisionListener[] all = listeners.toArray(new CorsDecisionListener[0]);
		return (event) -> {
			for (CorsDecisionListener listener : all) {
				listener.decided(event);
			}
		};
	}

}
