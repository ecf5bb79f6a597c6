package io.crossorigin.cors.spring;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;
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

	private static final NamedCorsPolicy NOT_ANNOTATED = new NamedCorsPolicy("none", null, "none");

	private final Map<String, NamedCorsPolicy> policies;

	private final List<PatternEntry> patterns;

	private final List<CorsConfigurationProblem> warnings;

	private final Instant loadedAt;

	private final CrossOriginPolicyDerivation derivation;

	/**
	 * By handler, bean type first and then method: the derived policy, or {@link #NOT_ANNOTATED}.
	 * Both levels find the very objects a handler holds, so a lookup allocates nothing and
	 * compares by identity.
	 */
	private final Map<Class<?>, Map<Method, NamedCorsPolicy>> handlers = new ConcurrentHashMap<>();

	/** By annotated element (a method, or a class): the derived policy. */
	private final Map<AnnotatedElementKey, NamedCorsPolicy> derived = new ConcurrentHashMap<>();

	private CorsPolicySet(Map<String, NamedCorsPolicy> policies, List<PatternEntry> patterns,
			List<CorsConfigurationProblem> warnings, Instant loadedAt, CrossOriginPolicyDerivation derivation) {
		this.policies = policies;
		this.patterns = patterns;
		this.warnings = warnings;
		this.loadedAt = loadedAt;
		this.derivation = derivation;
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
			Collection<AnnotatedElementKey> annotated, PropertyResolver resolver, Function<String, OriginSet> originSets,
			Instant loadedAt) {
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
				problems.add(new CorsConfigurationProblem(ProblemCode.POLICY_NAME_DUPLICATE, definition.prefix() + "name", definition.name(),
						"is defined twice, by " + earlier.source() + " and by " + definition.source(),
						"give one of them another name"));
				continue;
			}
			List<CorsConfigurationProblem> policyProblems = new ArrayList<>();
			CorsPolicyAssembler assembler = new CorsPolicyAssembler(policyProblems, definition.prefix(), originSets)
				.properties(defaults, defaultsPrefix)
				.properties(definition.settings(), definition.prefix());
			CorsPolicy policy = assembler.build();
			addAbsent(problems, policyProblems);
			if (policy == null) {
				continue;
			}
			NamedCorsPolicy named = new NamedCorsPolicy(definition.name(), policy, definition.source());
			policies.put(definition.name(), named);
			addAbsent(warnings, policy.warnings().stream().map(assembler::locate).toList());
			List<String> pathPatterns = definition.settings().getPathPatterns();
			String patternsPrefix = definition.prefix();
			if (pathPatterns == null) {
				pathPatterns = defaults.getPathPatterns();
				patternsPrefix = defaultsPrefix;
			}
			parsePatterns(pathPatterns, patternsPrefix, named, patterns, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		patterns.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
		CorsPolicySet set = new CorsPolicySet(Collections.unmodifiableMap(policies), List.copyOf(patterns),
				List.copyOf(warnings), loadedAt, new CrossOriginPolicyDerivation(defaults, Map.copyOf(byName),
						Collections.unmodifiableMap(policies), resolver, originSets));
		set.deriveAll(annotated);
		return set;
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
				problems.add(new CorsConfigurationProblem(ProblemCode.PATH_PATTERN_INVALID, path, pattern, "does not start with '/'",
						"write a path pattern such as /api/**"));
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
	public NamedCorsPolicy forPath(PathContainer path) {
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
	public NamedCorsPolicy forHandler(HandlerMethod handler) {
		Map<Method, NamedCorsPolicy> byMethod = this.handlers.get(handler.getBeanType());
		if (byMethod == null) {
			byMethod = this.handlers.computeIfAbsent(handler.getBeanType(), (type) -> new ConcurrentHashMap<>());
		}
		NamedCorsPolicy policy = byMethod.get(handler.getMethod());
		if (policy == null) {
			policy = resolve(handler.getBeanType(), handler.getMethod());
			byMethod.put(handler.getMethod(), policy);
		}
		return (policy != NOT_ANNOTATED) ? policy : null;
	}

	private NamedCorsPolicy resolve(Class<?> handlerType, Method method) {
		Class<?> beanType = ClassUtils.getUserClass(handlerType);
		AnnotatedElementKey element = new AnnotatedElementKey(beanType, method);
		CrossOriginPolicy annotation = element.annotation();
		if (annotation == null) {
			element = new AnnotatedElementKey(beanType, null);
			annotation = element.annotation();
		}
		if (annotation == null) {
			return NOT_ANNOTATED;
		}
		List<CorsConfigurationProblem> problems = new ArrayList<>();
		NamedCorsPolicy policy = derive(element, annotation, problems);
		if (!problems.isEmpty()) {
			// a handler registered after startup: fail loudly, as startup would have
			throw new InvalidCorsConfigurationException(problems);
		}
		return policy;
	}

	/**
	 * Derives and validates the policy of each annotated element now, as startup and every
	 * reload do.
	 * @throws InvalidCorsConfigurationException listing every invalid annotation
	 */
	void deriveAll(Collection<AnnotatedElementKey> elements) {
		List<CorsConfigurationProblem> problems = new ArrayList<>();
		for (AnnotatedElementKey element : elements) {
			CrossOriginPolicy annotation = element.annotation();
			if (annotation != null) {
				derive(element, annotation, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
	}

	private NamedCorsPolicy derive(AnnotatedElementKey element, CrossOriginPolicy annotation,
			List<CorsConfigurationProblem> problems) {
		NamedCorsPolicy policy = this.derived.get(element);
		if (policy == null) {
			policy = this.derivation.derive(annotation, element.name(), problems);
			if (policy == null) {
				return NOT_ANNOTATED;
			}
			this.derived.put(element, policy);
		}
		return policy;
	}

	/**
	 * A policy by name.
	 * @param name the name it was defined under
	 * @return the policy, or null if there is none by that name
	 */
	public NamedCorsPolicy policy(String name) {
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
		return this.derived.values()
			.stream()
			.filter((policy) -> this.policies.get(policy.name()) != policy)
			.distinct()
			.sorted(Comparator.comparing(NamedCorsPolicy::name))
			.toList();
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
	 * A class, or a method of a class, that may carry {@link CrossOriginPolicy}.
	 *
	 * @param type the (user) class
	 * @param method the method, or null for the class itself
	 */
	record AnnotatedElementKey(Class<?> type, Method method) {

		/** How problems and reports name it: {@code Simple.method()} for a method, the class's name for a class. */
		String name() {
			return (this.method != null) ? this.type.getSimpleName() + "." + this.method.getName() + "()"
					: this.type.getName();
		}

		CrossOriginPolicy annotation() {
			return (this.method != null) ? AnnotatedElementUtils.findMergedAnnotation(this.method, CrossOriginPolicy.class)
					: AnnotatedElementUtils.findMergedAnnotation(this.type, CrossOriginPolicy.class);
		}

	}

}
