package io.crossorigin.cors.spring;

import java.util.function.Function;

import io.crossorigin.cors.CorsDecision;

/**
 * The CORS policy applied to one request and what it decided, kept under {@link #ATTRIBUTE} in the
 * request's attributes (Spring MVC) or the exchange's (Spring WebFlux). Every dispatch of the
 * request, Spring's own CORS processing (which steps aside where a policy applies) and whatever
 * reports on requests read it from there, the same way on both stacks:
 *
 * <pre class="code">
 * AppliedCorsPolicy applied = AppliedCorsPolicy.from(request::getAttribute);   // Spring MVC
 * AppliedCorsPolicy applied = AppliedCorsPolicy.from(exchange::getAttribute);  // Spring WebFlux
 * </pre>
 */
public final class AppliedCorsPolicy {

	/** The attribute name. */
	public static final String ATTRIBUTE = AppliedCorsPolicy.class.getName();

	private static final AppliedCorsPolicy NONE = new AppliedCorsPolicy(null, null);

	private final NamedCorsPolicy policy;

	private final CorsDecision decision;

	private AppliedCorsPolicy(NamedCorsPolicy policy, CorsDecision decision) {
		this.policy = policy;
		this.decision = decision;
	}

	/**
	 * What a request's attributes hold.
	 * @param attributes the request's or exchange's attribute lookup, e.g. {@code request::getAttribute}
	 * @return what was applied, or null if no policy was chosen for the request yet
	 */
	public static AppliedCorsPolicy from(Function<String, Object> attributes) {
		return (attributes.apply(ATTRIBUTE) instanceof AppliedCorsPolicy applied) ? applied : null;
	}

	/**
	 * A policy chosen for a request and not applied yet.
	 * @param policy the policy, or null to record that none applies
	 * @return the choice
	 */
	public static AppliedCorsPolicy chosen(NamedCorsPolicy policy) {
		return (policy != null) ? new AppliedCorsPolicy(policy, null) : NONE;
	}

	/**
	 * A policy and its decision for a request.
	 * @param policy the policy
	 * @param decision what it decided
	 * @return the outcome
	 */
	public static AppliedCorsPolicy decided(NamedCorsPolicy policy, CorsDecision decision) {
		return new AppliedCorsPolicy(policy, decision);
	}

	/**
	 * The policy.
	 * @return the policy, or null when none applies to the request (it is then left untouched)
	 */
	public NamedCorsPolicy policy() {
		return this.policy;
	}

	/**
	 * What the policy decided.
	 * @return the decision, or null when no policy applies or it has not decided yet
	 */
	public CorsDecision decision() {
		return this.decision;
	}

	/**
	 * Whether a policy of this starter answers the request; Spring's own CORS processing then stays out.
	 * @return true if a policy applies
	 */
	public boolean isCovered() {
		return this.policy != null;
	}

	@Override
	public String toString() {
		return (this.policy != null) ? this.policy.name() + ": " + this.decision : "no policy";
	}

}
