package io.crossorigin.cors.spring;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.PolicyMode;

/**
 * The CORS policy applied to one request, kept under {@link #ATTRIBUTE} in the request's attributes
 * (Spring MVC) or the exchange's (Spring WebFlux): chosen (possibly none) and, once the policy has
 * decided, a {@link CorsDecisionEvent} that also says what it decided. Every dispatch of the
 * request, Spring's own CORS processing (which steps aside where a policy applies) and whatever
 * reports on requests read it from there, the same way on both stacks:
 *
 * <pre class="code">
 * AppliedCorsPolicy applied = AppliedCorsPolicy.from(request::getAttribute);   // Spring MVC
 * AppliedCorsPolicy applied = AppliedCorsPolicy.from(exchange::getAttribute);  // Spring WebFlux
 * </pre>
 */
public abstract sealed class AppliedCorsPolicy permits AppliedCorsPolicy.Chosen, CorsDecisionEvent {

	/** The attribute name. */
	public static final String ATTRIBUTE = AppliedCorsPolicy.class.getName();

	static final AppliedCorsPolicy NONE = new Chosen(null);

	AppliedCorsPolicy() {
	}

	/**
	 * What a request's attributes hold.
	 * @param attributes the request's or exchange's attribute lookup, e.g. {@code request::getAttribute}
	 * @return what was applied, or null if no policy was chosen for the request yet
	 */
	public static @Nullable AppliedCorsPolicy from(Function<String, ? extends @Nullable Object> attributes) {
		return (attributes.apply(ATTRIBUTE) instanceof AppliedCorsPolicy applied) ? applied : null;
	}

	/**
	 * A policy chosen for a request and not applied yet.
	 * @param policy the policy, or null to record that none applies
	 * @return the choice
	 */
	public static AppliedCorsPolicy chosen(@Nullable NamedCorsPolicy policy) {
		return (policy != null) ? new Chosen(policy) : NONE;
	}

	/**
	 * The policy.
	 * @return the policy, or null when none applies to the request (it is then left untouched)
	 */
	public abstract @Nullable NamedCorsPolicy policy();

	/**
	 * What the policy decided.
	 * @return the decision, or null when no policy applies or it has not decided yet
	 */
	public @Nullable CorsDecision decision() {
		return null;
	}

	/**
	 * The value a refusal was about (the origin, method or header name), quoted and sanitised.
	 * @return the value, or null if the request was not refused or no value is to blame
	 */
	public @Nullable String offendingValue() {
		return null;
	}

	/**
	 * Whether a policy of this starter answers the request; Spring's own CORS processing then stays
	 * out. A {@code report-only} policy answers nothing, so Spring's stays in.
	 * @return true if an enforced policy applies
	 */
	public boolean isCovered() {
		NamedCorsPolicy policy = policy();
		return policy != null && policy.policy().mode() == PolicyMode.ENFORCE;
	}

	@Override
	public String toString() {
		NamedCorsPolicy policy = policy();
		return (policy != null) ? policy.name() + ": " + decision() : "no policy";
	}

	/** A policy chosen for a request, or none, before anything is decided. */
	static final class Chosen extends AppliedCorsPolicy {

		private final @Nullable NamedCorsPolicy policy;

		Chosen(@Nullable NamedCorsPolicy policy) {
			this.policy = policy;
		}

		@Override
		public @Nullable NamedCorsPolicy policy() {
			return this.policy;
		}

	}

}
