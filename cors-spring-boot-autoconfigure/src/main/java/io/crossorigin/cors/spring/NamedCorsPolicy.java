package io.crossorigin.cors.spring;

import io.crossorigin.cors.CorsPolicy;

/**
 * A compiled policy with the name it is reported under and where it was defined.
 *
 * @param name a key of {@code cors.policies}, a name a {@link CorsPolicyRegistrar} registered, or
 * for a policy a {@link CrossOriginPolicy} derived, the policy's name and the annotated element
 * @param policy the policy
 * @param source where it was defined: a property (with the file and line it was read from, when
 * known), a registrar, or an annotated element
 */
public record NamedCorsPolicy(String name, CorsPolicy policy, String source) {

	/**
	 * A policy defined in code, reported under its name.
	 * @param name the name
	 * @param policy the policy
	 */
	public NamedCorsPolicy(String name, CorsPolicy policy) {
		this(name, policy, "code");
	}

}
