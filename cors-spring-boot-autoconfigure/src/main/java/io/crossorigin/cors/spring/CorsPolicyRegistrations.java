package io.crossorigin.cors.spring;

import java.util.function.Consumer;

import io.crossorigin.cors.CorsPolicy;

/**
 * Where a {@link CorsPolicyRegistrar} adds its policies. A name may be defined once, by any
 * registrar ({@code cors.policies} is one), and {@code @CrossOriginPolicy} can name it like any
 * other.
 */
public interface CorsPolicyRegistrations {

	/**
	 * Adds a named policy by its settings, those of a {@code cors.policies} entry: what it leaves
	 * unset comes from {@code cors.defaults}, and every setting is validated as properties are.
	 * @param name the policy's name
	 * @param settings sets the policy's settings
	 * @return these registrations
	 */
	CorsPolicyRegistrations add(String name, Consumer<CorsPolicyProperties> settings);

	/**
	 * Adds a policy built in code ({@link CorsPolicy#builder()}, validated when it was built). It is
	 * complete as it is: {@code cors.defaults} does not apply to it. Its path patterns are
	 * validated as properties' are.
	 * @param name the policy's name
	 * @param policy the policy
	 * @param pathPatterns the request paths it applies to, in Spring's PathPattern syntax; none for
	 * a policy that applies only where {@code @CrossOriginPolicy} names it
	 * @return these registrations
	 */
	CorsPolicyRegistrations add(String name, CorsPolicy policy, String... pathPatterns);

}
