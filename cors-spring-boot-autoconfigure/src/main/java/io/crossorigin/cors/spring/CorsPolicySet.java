package io.crossorigin.cors.spring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertyResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.PolicyProblem;
import io.crossorigin.cors.ProblemCode;

/**
 * The policies in force at one moment, compiled and validated as a whole: the named policies, the
 * path patterns that select them (the most specific match wins,
 * {@link PathPattern#SPECIFICITY_COMPARATOR}; among equally specific ones the policy defined
 * first) and the policies {@link CrossOriginPolicy} annotations derive from them. Immutable as far
 * as callers can tell: a reload builds a new set and swaps it in whole, so a request that selects
 * its policy from one set never sees part of another.
 */
public final class CorsPolicySet {

	private final Map<String, NamedCorsPolicy> policies;

	private final List<PatternEntry> patterns;

	private final List<CorsConfigurationProblem> warnings;

	private final Instant loadedAt;

	private final AnnotatedPolicies annotated;

	private CorsPolicySet(Map<String, NamedCorsPolicy> policies, List<PatternEntry> patterns,
			List<CorsConfigurationProblem> warnings, Instant loadedAt, AnnotatedPolicies annotated) {
		this.policies = policies;
		this.patterns = patterns;
		this.warnings = warnings;
		this.loadedAt = loadedAt;
		this.annotated = annotated;
	}

	/**
	 * Validates and compiles definitions into a set, and derives the policy of every annotated
	 * element given.
	 * @param defaults {@code cors.defaults}
	 * @param definitions the named policies, in the order they were defined
	 * @param annotated the classes and methods known to carry {@link CrossOriginPolicy}
	 * @param resolver resolves placeholders in annotation attributes
	 * @param originSets finds the {@link OriginSet} bean an origin entry {@code bean:name} names
	 * @param loadedAt when the definitions were read
	 * @return the set
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	static CorsPolicySet compile(CorsPolicyProperties defaults, List<CorsPolicyDefinition> definitions,
			Collection<AnnotatedElementKey> annotated, PropertyResolver resolver,
			Function<String, @Nullable OriginSet> originSets, Instant loadedAt) {
		List<CorsConfigurationProblem> problems = new ArrayList<>();
		List<CorsConfigurationProblem> warnings = new ArrayList<>();
		String defaultsPrefix = CrossOriginPolicyDerivation.DEFAULTS_PREFIX;
		// cors.defaults must be valid even when no policy inherits it yet
		new CorsPolicyAssembler(problems, defaultsPrefix, originSets).properties(defaults, defaultsPrefix).build();
		Map<String, CorsPolicyDefinition> byName = new LinkedHashMap<>();
		Map<String, NamedCorsPolicy> policies = new LinkedHashMap<>();
		List<PatternEntry> patterns = new ArrayList<>();
		for (CorsPolicyDefinition definition : definitions) {
			CorsPolicyDefinition earlier = byName.putIfAbsent(definition.name(), definition);
			if (earlier != null) {
				problems.add(new CorsConfigurationProblem(ProblemCode.POLICY_NAME_DUPLICATE, definition.prefix() + "name",
						definition.name(), "is defined twice, by " + earlier.source() + " and by " + definition.source(),
						"give one of them another name"));
				continue;
			}
			List<CorsConfigurationProblem> policyProblems = new ArrayList<>();
			CorsPolicy built = definition.policy();
			CorsPolicySettings settings = (built != null) ? new CorsPolicySettings(built, definition.pathPatterns(),
					definition.prefix())
					: CorsPolicySettings.assemble(defaults, definition, policyProblems, originSets);
			addAbsent(problems, policyProblems);
			if (settings.policy() == null) {
				continue;
			}
			NamedCorsPolicy named = new NamedCorsPolicy(definition.name(), settings.policy(), definition.source());
			policies.put(definition.name(), named);
			addAbsent(warnings, settings.warnings());
			parsePatterns(settings.pathPatterns(), settings.pathPatternsPrefix(), named, patterns, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		patterns.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
		Map<String, NamedCorsPolicy> named = Collections.unmodifiableMap(policies);
		CorsPolicySet set = new CorsPolicySet(named, List.copyOf(patterns), List.copyOf(warnings), loadedAt,
				new AnnotatedPolicies(new CrossOriginPolicyDerivation(defaults, Map.copyOf(byName), named, resolver,
						originSets)));
		set.annotated.deriveAll(annotated);
		return set;
	}

	private static void parsePatterns(@Nullable List<? extends @Nullable String> pathPatterns, String prefix,
			NamedCorsPolicy policy, List<PatternEntry> patterns, List<CorsConfigurationProblem> problems) {
		if (pathPatterns == null) {
			return;
		}
		for (int i = 0; i < pathPatterns.size(); i++) {
			String pattern = pathPatterns.get(i);
			String path = prefix + "path-patterns[" + i + "]";
			if (pattern == null || !pattern.startsWith("/")) {
				problems.add(new CorsConfigurationProblem(ProblemCode.PATH_PATTERN_INVALID, path, pattern,
						"does not start with '/'", "write a path pattern such as /api/**"));
				continue;
			}
			try {
				patterns.add(new PatternEntry(PathPatternParser.defaultInstance.parse(pattern), policy));
			}
			catch (PatternParseException ex) {
				problems.add(new CorsConfigurationProblem(ProblemCode.PATH_PATTERN_INVALID, path, pattern,
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
	public @Nullable NamedCorsPolicy forPath(PathContainer path) {
		for (PatternEntry entry : this.patterns) {
			if (entry.pattern().matches(path)) {
				return entry.policy();
			}
		}
		return null;
	}

	/**
	 * The policy a handler method's {@link CrossOriginPolicy} (on the method, else on its class)
	 * derives; resolved once per handler.
	 * @param handler the handler method
	 * @return the policy, or null if neither the method nor its class is annotated
	 * @throws InvalidCorsConfigurationException if the annotation of a handler first seen now is invalid
	 */
	public @Nullable NamedCorsPolicy forHandler(HandlerMethod handler) {
		return this.annotated.forHandler(handler);
	}

	/**
	 * Derives and validates the policy of each annotated element now, as startup and every
	 * reload do.
	 * @throws InvalidCorsConfigurationException listing every invalid annotation
	 */
	void deriveAll(Collection<AnnotatedElementKey> elements) {
		this.annotated.deriveAll(elements);
	}

	/**
	 * A policy by name.
	 * @param name the name it was defined under
	 * @return the policy, or null if there is none by that name
	 */
	public @Nullable NamedCorsPolicy policy(String name) {
		return this.policies.get(name);
	}

	/**
	 * The named policies, in the order they were defined: {@code cors.policies} first, then those
	 * of registrars and of {@link CorsPolicyRegistry#register}.
	 * @return the policies by name
	 */
	public Map<String, NamedCorsPolicy> policies() {
		return this.policies;
	}

	/**
	 * A path that a path pattern matches, each wildcard and variable filled in: {@code /api/**}
	 * gives {@code /api/x}, {@code /orders/{id}} gives {@code /orders/1}.
	 * @param pattern a path pattern
	 * @return a path it matches
	 */
	public static String examplePath(String pattern) {
		String path = pattern.replaceAll("\\{\\*[^}]*}", "x")
			.replaceAll("\\{[^}]*}", "1")
			.replace("**", "x")
			.replace("*", "x")
			.replace("?", "x");
		return path.startsWith("/") ? path : "/" + path;
	}

	/**
	 * The path patterns of a policy, most specific first.
	 * @param name the policy's name
	 * @return its patterns, empty if it applies by annotation only
	 */
	public List<String> pathPatterns(String name) {
		return this.patterns.stream()
			.filter((entry) -> entry.policy().name().equals(name))
			.map((entry) -> entry.pattern().getPatternString())
			.toList();
	}

	/**
	 * The policies {@link CrossOriginPolicy} annotations derived that differ from a named policy
	 * (overriding some of its settings), by name.
	 * @return the derived policies
	 */
	public List<NamedCorsPolicy> derivedPolicies() {
		return this.annotated.overriding(this.policies);
	}

	/**
	 * Each class or method carrying {@link CrossOriginPolicy} (a method as {@code Simple.method()},
	 * a class by its name), with the policy its annotation selects: the named one, or the one it
	 * derives by overriding settings.
	 * @return the annotated elements and their policies, sorted by element
	 */
	public Map<String, NamedCorsPolicy> annotatedElements() {
		return this.annotated.byElement();
	}

	/**
	 * Settings that are valid but probably not meant, located by property path; logged when the set is loaded.
	 * @return the warnings
	 */
	public List<CorsConfigurationProblem> warnings() {
		return this.warnings;
	}

	/**
	 * When the definitions of this set were read.
	 * @return the instant
	 */
	public Instant loadedAt() {
		return this.loadedAt;
	}

	private record PatternEntry(PathPattern pattern, NamedCorsPolicy policy) {
	}

	/**
	 * One definition compiled: its policy (null if its settings are invalid), the warnings it
	 * raised, located, and the path patterns that select it.
	 */
	private record CorsPolicySettings(@Nullable CorsPolicy policy, List<CorsConfigurationProblem> warnings,
			@Nullable List<? extends @Nullable String> pathPatterns, String pathPatternsPrefix) {

		/** A policy built in code: complete as it is, validated when it was built. */
		CorsPolicySettings(CorsPolicy policy, @Nullable List<String> pathPatterns, String prefix) {
			this(policy, policy.warnings().stream().map((warning) -> locate(warning, prefix)).toList(), pathPatterns,
					prefix);
		}

		/** A policy defined by settings: {@code cors.defaults} under them, validated now. */
		static CorsPolicySettings assemble(CorsPolicyProperties defaults, CorsPolicyDefinition definition,
				List<CorsConfigurationProblem> problems, Function<String, @Nullable OriginSet> originSets) {
			String defaultsPrefix = CrossOriginPolicyDerivation.DEFAULTS_PREFIX;
			CorsPolicyProperties settings = Objects.requireNonNull(definition.settings(),
					"a definition without a built policy is defined by settings");
			CorsPolicyAssembler assembler = new CorsPolicyAssembler(problems, definition.prefix(), originSets)
				.properties(defaults, defaultsPrefix)
				.properties(settings, definition.prefix());
			CorsPolicy policy = assembler.build();
			List<CorsConfigurationProblem> warnings = (policy != null)
					? policy.warnings().stream().map(assembler::locate).toList() : List.of();
			boolean ownPatterns = settings.getPathPatterns() != null;
			return new CorsPolicySettings(policy, warnings,
					ownPatterns ? settings.getPathPatterns() : defaults.getPathPatterns(),
					ownPatterns ? definition.prefix() : defaultsPrefix);
		}

		private static CorsConfigurationProblem locate(PolicyProblem problem, String prefix) {
			return new CorsConfigurationProblem(problem.code(), prefix + problem.path(), problem.value(),
					problem.problem(), problem.fix());
		}

	}

}
