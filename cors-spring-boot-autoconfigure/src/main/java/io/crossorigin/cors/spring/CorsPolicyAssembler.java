package io.crossorigin.cors.spring;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.PropertyResolver;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsPolicyBuilder;
import io.crossorigin.cors.InvalidCorsPolicyException;
import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.PolicyProblem;
import io.crossorigin.cors.PolicySetting;
import io.crossorigin.cors.ProblemCode;

/**
 * Builds a {@link CorsPolicy} from layers of settings (built-in defaults, {@code cors.defaults}, a
 * policy's properties, a {@link CrossOriginPolicy}'s attributes), remembering where each setting
 * came from so that every problem names the property or attribute to fix.
 */
final class CorsPolicyAssembler {

	/** How an {@code allowed-origins} entry names an {@link OriginSet} bean: {@code bean:tenantOrigins}. */
	static final String BEAN_PREFIX = "bean:";

	private CorsPolicyBuilder builder = CorsPolicy.builder();

	private final Map<PolicySetting, Function<PolicyProblem, String>> sources = new EnumMap<>(PolicySetting.class);

	private final List<CorsConfigurationProblem> problems;

	private final String fallbackPrefix;

	private final Function<String, @Nullable OriginSet> originSets;

	/**
	 * @param problems where problems are collected
	 * @param fallbackPrefix the path prefix for a problem whose setting no layer set
	 * @param originSets finds the {@link OriginSet} bean an {@code allowed-origins} entry
	 * {@code bean:name} names, or null if there is none
	 */
	CorsPolicyAssembler(List<CorsConfigurationProblem> problems, String fallbackPrefix,
			Function<String, @Nullable OriginSet> originSets) {
		this.problems = problems;
		this.fallbackPrefix = fallbackPrefix;
		this.originSets = originSets;
	}

	/**
	 * Starts from a policy built in code, every setting of which counts as set at the given prefix,
	 * e.g. {@code CorsPolicyRegistrar com.example.Partners: partners.}.
	 */
	CorsPolicyAssembler policy(CorsPolicy policy, String prefix) {
		this.builder = policy.toBuilder();
		for (PolicySetting setting : PolicySetting.values()) {
			this.sources.put(setting, (problem) -> prefix + problem.path());
		}
		return this;
	}

	/** Applies the settings a properties layer sets, e.g. with prefix {@code cors.policies.api.}. */
	CorsPolicyAssembler properties(CorsPolicyProperties properties, String prefix) {
		Function<PolicyProblem, String> source = (problem) -> prefix + problem.path();
		origins(properties.getAllowedOrigins(), prefix + "allowed-origins");
		set(PolicySetting.ALLOWED_METHODS, properties.getAllowedMethods(), this.builder::allowedMethods, source);
		set(PolicySetting.ALLOWED_HEADERS, properties.getAllowedHeaders(), this.builder::allowedHeaders, source);
		set(PolicySetting.EXPOSED_HEADERS, properties.getExposedHeaders(), this.builder::exposedHeaders, source);
		set(PolicySetting.ALLOW_CREDENTIALS, properties.getAllowCredentials(), this.builder::allowCredentials, source);
		set(PolicySetting.MAX_AGE, properties.getMaxAge(), this.builder::maxAge, source);
		set(PolicySetting.ALLOW_PRIVATE_NETWORK, properties.getAllowPrivateNetwork(), this.builder::allowPrivateNetwork,
				source);
		set(PolicySetting.ALLOW_INSECURE_ORIGINS, properties.getAllowInsecureOrigins(),
				this.builder::allowInsecureOrigins, source);
		set(PolicySetting.DISALLOWED_REQUESTS, properties.getDisallowedRequests(), this.builder::disallowedRequests,
				source);
		set(PolicySetting.MODE, properties.getMode(), this.builder::mode, source);
		return this;
	}

	/**
	 * Applies the attributes an annotation sets, resolving placeholders.
	 * @param annotation the annotation
	 * @param element how to name the annotated element in problems
	 * @param resolver resolves {@code ${...}} placeholders
	 */
	CorsPolicyAssembler annotation(CrossOriginPolicy annotation, String element, PropertyResolver resolver) {
		String at = "@CrossOriginPolicy on " + element + ": ";
		origins(resolveAll(annotation.origins(), resolver, at + "origins"), at + "origins");
		set(PolicySetting.ALLOWED_METHODS, resolveAll(annotation.methods(), resolver, at + "methods"),
				this.builder::allowedMethods, (problem) -> at + "methods" + index(problem));
		set(PolicySetting.ALLOWED_HEADERS, resolveAll(annotation.allowedHeaders(), resolver, at + "allowedHeaders"),
				this.builder::allowedHeaders, (problem) -> at + "allowedHeaders" + index(problem));
		set(PolicySetting.EXPOSED_HEADERS, resolveAll(annotation.exposedHeaders(), resolver, at + "exposedHeaders"),
				this.builder::exposedHeaders, (problem) -> at + "exposedHeaders" + index(problem));
		String credentials = resolve(annotation.allowCredentials(), resolver, at + "allowCredentials");
		if (credentials != null && !credentials.isEmpty()) {
			if (credentials.equals("true") || credentials.equals("false")) {
				set(PolicySetting.ALLOW_CREDENTIALS, Boolean.valueOf(credentials), this.builder::allowCredentials,
						(problem) -> at + "allowCredentials");
			}
			else {
				this.problems.add(new CorsConfigurationProblem(ProblemCode.SETTING_TYPE_MISMATCH, at + "allowCredentials", credentials,
						"is neither 'true' nor 'false'", "write \"true\" or \"false\", or leave it empty to keep the policy's"));
			}
		}
		String maxAge = resolve(annotation.maxAge(), resolver, at + "maxAge");
		if (maxAge != null && !maxAge.isEmpty()) {
			try {
				set(PolicySetting.MAX_AGE, DurationStyle.detectAndParse(maxAge, ChronoUnit.SECONDS), this.builder::maxAge,
						(problem) -> at + "maxAge");
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(new CorsConfigurationProblem(ProblemCode.SETTING_TYPE_MISMATCH, at + "maxAge", maxAge, "is not a duration",
						"write a duration such as \"30m\", \"PT1H\" or \"600\" (seconds)"));
			}
		}
		return this;
	}

	/**
	 * Applies a layer's origin entries: fixed ones to the policy's list, {@code bean:name} ones as
	 * the {@link OriginSet} beans they name; problems keep the index the entry has in the layer.
	 */
	private void origins(@Nullable List<String> entries, String path) {
		if (entries == null) {
			return;
		}
		List<String> fixed = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		List<OriginSet> sets = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			if (entry != null && entry.startsWith(BEAN_PREFIX)) {
				String name = entry.substring(BEAN_PREFIX.length());
				OriginSet set = this.originSets.apply(name);
				if (set != null) {
					sets.add(set);
				}
				else {
					this.problems.add(new CorsConfigurationProblem(ProblemCode.ORIGIN_SET_UNKNOWN, path + "[" + i + "]", entry,
							"names no bean of type " + OriginSet.class.getName(),
							"declare an OriginSet bean named '" + name + "', or list the origins themselves"));
				}
			}
			else {
				fixed.add(entry);
				indexes.add(i);
			}
		}
		this.builder.allowedOrigins(fixed);
		this.builder.allowedOriginSets(sets);
		this.sources.put(PolicySetting.ALLOWED_ORIGINS,
				(problem) -> path + ((problem.index() >= 0) ? "[" + indexes.get(problem.index()) + "]" : ""));
	}

	/**
	 * Builds the policy, or records its problems.
	 * @return the policy, or null if any setting was invalid
	 */
	@Nullable CorsPolicy build() {
		try {
			return this.builder.build();
		}
		catch (InvalidCorsPolicyException ex) {
			for (PolicyProblem problem : ex.problems()) {
				this.problems.add(locate(problem));
			}
			return null;
		}
	}

	/** A policy problem (or warning) located at the property or attribute that set it. */
	CorsConfigurationProblem locate(PolicyProblem problem) {
		Function<PolicyProblem, String> source = this.sources.get(problem.setting());
		String path = (source != null) ? source.apply(problem) : this.fallbackPrefix + problem.path();
		return new CorsConfigurationProblem(problem.code(), path, problem.value(), problem.problem(), problem.fix());
	}

	private <T> void set(PolicySetting setting, @Nullable T value, Consumer<T> setter,
			Function<PolicyProblem, String> source) {
		if (value != null) {
			setter.accept(value);
			this.sources.put(setting, source);
		}
	}

	/** The resolved values, or null (the attribute is then left unset) if empty or unresolvable. */
	private @Nullable List<String> resolveAll(String[] values, PropertyResolver resolver, String path) {
		List<String> resolved = Arrays.stream(values).map((value) -> resolve(value, resolver, path)).toList();
		return (resolved.isEmpty() || resolved.contains(null)) ? null : resolved;
	}

	/** The resolved value, or null after recording a problem if a placeholder cannot be resolved. */
	private @Nullable String resolve(String value, PropertyResolver resolver, String path) {
		try {
			return resolver.resolveRequiredPlaceholders(value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(new CorsConfigurationProblem(ProblemCode.PLACEHOLDER_UNRESOLVABLE, path, value, "has a placeholder that cannot be resolved",
					"define the property it names, or give the placeholder a default: ${name:default}"));
			return null;
		}
	}

	private static String index(PolicyProblem problem) {
		return (problem.index() >= 0) ? "[" + problem.index() + "]" : "";
	}

}
