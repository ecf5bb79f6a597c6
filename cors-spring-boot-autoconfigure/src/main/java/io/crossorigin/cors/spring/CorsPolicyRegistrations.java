package io.crossorigin.cors.spring;

import java.util.function.Consumer;

/**
 * Where a {@link CorsPolicyRegistrar} adds its policies.
 */
public interface CorsPolicyRegistrations {

	/**
	 * Adds a named policy. Its settings are those of a {@code cors.policies} entry, and what it
	 * leaves unset comes from {@code cors.defaults}. A name may be defined once, by properties or
	 * code; {@code @CrossOriginPolicy} can name it like any other.
	 * @param name the policy's name
	 * @param settings sets the policy's settings
	 * @return these registrations
	 */
	CorsPolicyRegistrations add(String name, Consumer<CorsPolicyProperties> settings);

}
