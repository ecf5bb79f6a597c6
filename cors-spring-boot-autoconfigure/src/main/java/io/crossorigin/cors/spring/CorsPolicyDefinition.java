package io.crossorigin.cors.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsPolicy;

/**
 * A named policy as defined, before the set is compiled: by its settings (from
 * {@code cors.policies}, a {@link CorsPolicyRegistrar} or {@link CorsPolicyRegistry#register}), or
 * as a policy built in code.
 *
 * @param name the policy's name
 * @param settings its settings, what they leave unset coming from {@code cors.defaults}; null for a
 * built policy
 * @param policy the policy built in code; null for one defined by settings
 * @param pathPatterns a built policy's path patterns; null for one defined by settings, whose own
 * (or {@code cors.defaults}') apply
 * @param prefix how a problem's path starts, e.g. {@code cors.policies.api.}
 * @param source where it was defined, for reports
 */
record CorsPolicyDefinition(String name, @Nullable CorsPolicyProperties settings, @Nullable CorsPolicy policy,
		@Nullable List<String> pathPatterns, String prefix, String source) {

	static CorsPolicyDefinition ofSettings(String name, CorsPolicyProperties settings, String prefix, String source) {
		return new CorsPolicyDefinition(name, settings, null, null, prefix, source);
	}

	static CorsPolicyDefinition ofPolicy(String name, CorsPolicy policy, List<String> pathPatterns, String prefix,
			String source) {
		return new CorsPolicyDefinition(name, null, policy, pathPatterns, prefix, source);
	}

}
