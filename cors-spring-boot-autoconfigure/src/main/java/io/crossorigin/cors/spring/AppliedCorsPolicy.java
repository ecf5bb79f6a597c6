package io.crossorigin.cors.spring;

import java.util.function.Function;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsRequest;

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

	private static final AppliedCorsPolicy NONE = new AppliedCorsPolicy(null, null, null);

	private final NamedCorsPolicy policy;

	private final CorsDecision decision;

	private final CorsRequest request;

	private AppliedCorsPolicy(NamedCorsPolicy policy, CorsDecision decision, CorsRequest request) {
		this.policy = policy;
		this.decision = decision;
		this.request = request;
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
		return (policy != null) ? new AppliedCorsPolicy(policy, null, null) : NONE;
	}

	/**
	 * A policy and its decision for a request.
	 * @param policy the policy
	 * @param decision what it decided
	 * @param request the request as the engine read it, for {@link #offendingValue()}
	 * @return the outcome
	 */
	public static AppliedCorsPolicy decided(NamedCorsPolicy policy, CorsDecision decision, CorsRequest request) {
		return new AppliedCorsPolicy(policy, decision, request);
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
	 * The value a refusal was about (the origin, method or header name), quoted and sanitised,
	 * read back from the request when asked ({@link CorsEngine#offendingValue}).
	 * @return the value, or null if the request was not refused or no value is to blame
	 */
	public String offendingValue() {
		return (this.decision != null && this.request != null)
				? CorsEngine.offendingValue(this.policy.policy(), this.request, this.decision) : null;
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
