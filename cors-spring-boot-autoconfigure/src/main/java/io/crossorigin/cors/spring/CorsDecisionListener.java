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
	 * A {@code report-only} policy's decision was compared with what the application actually
	 * sent, once the response was complete. Not called for enforced policies.
	 * @param event the decision, as {@link #decided} was told of it
	 * @param difference how the policy's answer compares with the application's
	 */
	default void compared(CorsDecisionEvent event, ReportOnlyDifference difference) {
	}

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
		return new CorsDecisionListener() {

			@Override
			public void decided(CorsDecisionEvent event) {
				for (CorsDecisionListener listener : all) {
					listener.decided(event);
				}
			}

			@Override
			public void compared(CorsDecisionEvent event, ReportOnlyDifference difference) {
				for (CorsDecisionListener listener : all) {
					listener.compared(event, difference);
				}
			}

		};
	}

}
