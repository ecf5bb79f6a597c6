package io.crossorigin.cors.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.PropertyResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

import io.crossorigin.cors.CorsPolicy;

/**
 * The named policies of {@code cors.policies}, validated and compiled at startup, and the path
 * patterns that select them: for a request path, the policy with the most specific matching
 * pattern ({@link PathPattern#SPECIFICITY_COMPARATOR}), the one declared first among equally
 * specific ones.
 */
public final class CorsPolicyRegistry {

	private static final String DEFAULTS_PREFIX = "cors.defaults.";

	private final CorsPolicyProperties defaults;

	private final Map<String, CorsPolicyProperties> properties;

	private final Map<String, NamedCorsPolicy> policies;

	private final List<PatternEntry> patterns;

	private final List<CorsConfigurationProblem> warnings;

	private CorsPolicyRegistry(CorsPolicyProperties defaults, Map<String, CorsPolicyProperties> properties,
			Map<String, NamedCorsPolicy> policies, List<PatternEntry> patterns, List<CorsConfigurationProblem> warnings) {
		this.defaults = defaults;
		this.properties = properties;
		this.policies = policies;
		this.patterns = patterns;
		this.warnings = warnings;
	}

	/**
	 * Validates and compiles every policy.
	 * @param properties the bound properties
	 * @return the registry
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	public static CorsPolicyRegistry of(CorsProperties properties) {
		List<CorsConfigurationProblem> problems = new ArrayList<>();
		List<CorsConfigurationProblem> warnings = new ArrayList<>();
		CorsPolicyProperties defaults = properties.getDefaults();
		// cors.defaults must be valid even when no policy inherits it yet
		new CorsPolicyAssembler(problems, DEFAULTS_PREFIX).properties(defaults, DEFAULTS_PREFIX).build();
		Map<String, NamedCorsPolicy> policies = new LinkedHashMap<>();
		List<PatternEntry> patterns = new ArrayList<>();
		for (Map.Entry<String, CorsPolicyProperties> entry : properties.getPolicies().entrySet()) {
			String name = entry.getKey();
			String prefix = "cors.policies." + name + ".";
			List<CorsConfigurationProblem> policyProblems = new ArrayList<>();
			CorsPolicyAssembler assembler = new CorsPolicyAssembler(policyProblems, prefix)
				.properties(defaults, DEFAULTS_PREFIX)
				.properties(entry.getValue(), prefix);
			CorsPolicy policy = assembler.build();
			addAbsent(problems, policyProblems);
			if (policy == null) {
				continue;
			}
			NamedCorsPolicy named = new NamedCorsPolicy(name, policy);
			policies.put(name, named);
			addAbsent(warnings, policy.warnings().stream().map(assembler::locate).toList());
			List<String> pathPatterns = entry.getValue().getPathPatterns();
			String patternsPrefix = prefix;
			if (pathPatterns == null) {
				pathPatterns = defaults.getPathPatterns();
				patternsPrefix = DEFAULTS_PREFIX;
			}
			parsePatterns(pathPatterns, patternsPrefix, named, patterns, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		patterns.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
		return new CorsPolicyRegistry(defaults, Map.copyOf(properties.getPolicies()), Collections.unmodifiableMap(policies),
				List.copyOf(patterns), List.copyOf(warnings));
	}

	private static void parsePatterns(List<String> pathPatterns, String prefix, NamedCorsPolicy policy,
			List<PatternEntry> patterns, List<CorsConfigurationProblem> problems) {
		if (pathPatterns == null) {
			return;
		}
		for (int i = 0; i < pathPatterns.size(); i++) {
			String pattern = pathPatterns.get(i);
			String path = prefix + "path-patterns[" + i + "]";
			if (pattern == null || !pattern.startsWith("/")) {
				problems.add(new CorsConfigurationProblem(path, pattern, "does not start with '/'",
						"write a path pattern such as /api/**"));
				continue;
			}
			try {
				patterns.add(new PatternEntry(PathPatternParser.defaultInstance.parse(pattern), policy));
			}
			catch (PatternParseException ex) {
				problems.add(new CorsConfigurationProblem(path, pattern,
						"is not a valid path pattern (" + ex.getMessage() + ")",
						"use Spring's PathPattern syntax, e.g. /api/**, /orders/{id} or /files/*.pdf"));
			}
		}
	}

	private static void addAbsent(List<CorsConfigurationProblem> all, List<CorsConfigurationProblem> more) {
		for (CorsConfigurationProblem problem : more) {
			if (!all.contains(problem)) {
				all.add(problem);
			}
		}
	}

	/**
	 * The policy a request path selects, if any.
	 * @param path the path within the application
	 * @return the policy with the most specific matching pattern, or null
	 */
	public NamedCorsPolicy forPath(PathContainer path) {
		for (PatternEntry entry : this.patterns) {
			if (entry.pattern().matches(path)) {
				return entry.policy();
			}
		}
		return null;
	}

	/**
	 * A policy by name.
	 * @param name a key of {@code cors.policies}
	 * @return the policy, or null if there is none by that name
	 */
	public NamedCorsPolicy policy(String name) {
		return this.policies.get(name);
	}

	/**
	 * The policies, in declaration order.
	 * @return the policies by name
	 */
	public Map<String, NamedCorsPolicy> policies() {
		return this.policies;
	}

	/**
	 * Settings that are valid but probably not meant, located by property path; logged at startup.
	 * @return the warnings
	 */
	public List<CorsConfigurationProblem> warnings() {
		return this.warnings;
	}

	/**
	 * Builds the policy a {@link CrossOriginPolicy} describes: the named policy's settings (or
	 * {@code cors.defaults}) overridden by the annotation's attributes.
	 * @param annotation the annotation
	 * @param element how to name the annotated element in problems
	 * @param resolver resolves placeholders in the attributes
	 * @param problems where problems are collected
	 * @return the policy, or null if it is invalid (problems were added)
	 */
	NamedCorsPolicy derive(CrossOriginPolicy annotation, String element, PropertyResolver resolver,
			List<CorsConfigurationProblem> problems) {
		String name = resolveName(annotation.value(), resolver);
		CorsPolicyAssembler assembler = new CorsPolicyAssembler(problems, DEFAULTS_PREFIX);
		assembler.properties(this.defaults, DEFAULTS_PREFIX);
		if (!name.isEmpty()) {
			CorsPolicyProperties named = this.properties.get(name);
			if (named == null) {
				problems.add(new CorsConfigurationProblem("@CrossOriginPolicy on " + element + ": value", name,
						"names no policy in cors.policies",
						"define cors.policies." + name + ", or name one of " + this.policies.keySet()));
				return null;
			}
			assembler.properties(named, "cors.policies." + name + ".");
		}
		if (!name.isEmpty() && !hasOverrides(annotation)) {
			return this.policies.get(name);
		}
		assembler.annotation(annotation, element, resolver);
		CorsPolicy policy = assembler.build();
		return (policy != null) ? new NamedCorsPolicy((name.isEmpty() ? "defaults" : name) + " @" + element, policy) : null;
	}

	private static String resolveName(String value, PropertyResolver resolver) {
		try {
			return resolver.resolveRequiredPlaceholders(value);
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

	private record PatternEntry(PathPattern pattern, NamedCorsPolicy policy) {
	}

}
