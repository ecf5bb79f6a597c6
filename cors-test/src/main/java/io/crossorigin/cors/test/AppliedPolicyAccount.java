package io.crossorigin.cors.test;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * The starter's own account of a request, read from the {@link AppliedCorsPolicy} attribute it
 * leaves on the request: which policy, what it decided, and the value a refusal was about. Kept
 * apart so that the kit loads the starter's classes only when they are there.
 */
final class AppliedPolicyAccount {

	private AppliedPolicyAccount() {
	}

	static @Nullable String of(Function<String, ? extends @Nullable Object> attributes) {
		AppliedCorsPolicy applied = AppliedCorsPolicy.from(attributes);
		if (applied == null) {
			return null;
		}
		NamedCorsPolicy policy = applied.policy();
		if (policy == null) {
			return "no policy covers this request";
		}
		String value = applied.offendingValue();
		return "policy '" + policy.name() + "' " + applied.decision() + ((value != null) ? " (" + value + ")" : "");
	}

}
