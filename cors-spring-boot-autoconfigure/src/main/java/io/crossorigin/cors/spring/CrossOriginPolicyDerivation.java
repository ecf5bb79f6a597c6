package io.crossorigin.cors.spring;

import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertyResolver;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.ProblemCode;

/**
 * Derives the policy a {@link CrossOriginPolicy} describes from the definitions of one policy set:
 * the named policy's settings (or {@code cors.defaults} alone) overridden by the annotation's
 * attributes. An annotation that only names a policy gets that policy itself.
 */
final class CrossOriginPolicyDerivation {

	static final String DEFAULTS_PREFIX = "cors.defaults.";

	private final CorsPolicyProperties defaults;

	private final Map<String, CorsPolicyDefinition> definitions;

	private final Map<String, NamedCorsPolicy> policies;

	private final PropertyResolver resolver;

	private final Function<String, @Nullable OriginSet> originSets;

	/**
	 * @param defaults {@code cors.defaults}
	 * @param definitions the named policies' definitions
	 * @param policies the named policies, compiled
	 * @param resolver resolves placeholders in annotation attributes
	 * @param originSets finds the {@link OriginSet} bean an origin entry {@code bean:name} names
	 */
	CrossOriginPolicyDerivation(CorsPolicyProperties defaults, Map<String, CorsPolicyDefinition> definitions,
			Map<String, NamedCorsPolicy> policies, PropertyResolver resolver,
			Function<String, @Nullable OriginSet> originSets) {
		this.defaults = defaults;
		this.definitions = definitions;
		this.policies = policies;
		this.resolver = resolver;
		this.originSets = originSets;
	}

	/**
	 * Derives a policy.
	 * @param annotation the annotation
	 * @param element how to name the annotated element in problems
	 * @param problems where problems are collected
	 * @return the policy, or null if it is invalid (problems were added)
	 */
	@Nullable NamedCorsPolicy derive(CrossOriginPolicy annotation, String element, List<CorsConfigurationProblem> problems) {
		String name = resolveName(annotation.value());
		CorsPolicyAssembler assembler;
		if (name.isEmpty()) {
			assembler = new CorsPolicyAssembler(problems, DEFAULTS_PREFIX, this.originSets)
				.properties(this.defaults, DEFAULTS_PREFIX);
		}
		else {
			CorsPolicyDefinition named = this.definitions.get(name);
			NamedCorsPolicy policy = this.policies.get(name);
			if (named == null || policy == null) {
				problems.add(new CorsConfigurationProblem(ProblemCode.POLICY_NAME_UNKNOWN,
						"@CrossOriginPolicy on " + element + ": value", name,
						"names no policy of cors.policies or of a CorsPolicyRegistrar",
						"define cors.policies." + name + ", or name one of " + this.policies.keySet()));
				return null;
			}
			if (!hasOverrides(annotation)) {
				return policy;
			}
			assembler = layers(named, problems);
		}
		assembler.annotation(annotation, element, this.resolver);
		CorsPolicy policy = assembler.build();
		return (policy != null) ? new NamedCorsPolicy((name.isEmpty() ? "defaults" : name) + " @" + element, policy,
				"@CrossOriginPolicy on " + element) : null;
	}

	/** The named policy as the layers an annotation overrides: a built policy as it is, settings over the defaults. */
	private CorsPolicyAssembler layers(CorsPolicyDefinition named, List<CorsConfigurationProblem> problems) {
		CorsPolicy built = named.policy();
		CorsPolicyProperties settings = named.settings();
		if (built != null || settings == null) {
			return new CorsPolicyAssembler(problems, named.prefix(), this.originSets)
				.policy(Objects.requireNonNull(built), named.prefix());
		}
		return new CorsPolicyAssembler(problems, DEFAULTS_PREFIX, this.originSets)
			.properties(this.defaults, DEFAULTS_PREFIX)
			.properties(settings, named.prefix());
	}

	private String resolveName(String value) {
		try {
			return this.resolver.resolveRequiredPlaceholders(value);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	private static boolean hasOverrides(CrossOriginPolicy annotation) {
		return annotation.origins().length > 0 || annotation.methods().length > 0
				|| annotation.allowedHeaders().length > 0 || annotation.exposedHeaders().length > 0
				|| !annotation.allowCredentials().isEmpty() || !annotation.maxAge().isEmpty();
	}

}
