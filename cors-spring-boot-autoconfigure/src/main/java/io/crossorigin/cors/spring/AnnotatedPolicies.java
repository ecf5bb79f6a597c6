package io.crossorigin.cors.spring;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

import io.crossorigin.cors.CorsPolicy;

/**
 * The policies {@link CrossOriginPolicy} annotations derive within one {@link CorsPolicySet}: each
 * annotated element's, derived and validated once, and each handler method's, resolved once (the
 * method's annotation, else its class's) and then found by identity, allocating nothing.
 */
final class AnnotatedPolicies {

	/** Marks a handler without an annotation; compared by identity, never returned (it allows no origin). */
	private static final NamedCorsPolicy NOT_ANNOTATED = new NamedCorsPolicy("none", CorsPolicy.builder().build(),
			"none");

	private final CrossOriginPolicyDerivation derivation;

	/**
	 * By handler, bean type first and then method: the derived policy, or {@link #NOT_ANNOTATED}.
	 * Both levels find the very objects a handler holds, so a lookup allocates nothing and
	 * compares by identity.
	 */
	private final Map<Class<?>, Map<Method, NamedCorsPolicy>> handlers = new ConcurrentHashMap<>();

	/** By annotated element (a method, or a class): the derived policy. */
	private final Map<AnnotatedElementKey, NamedCorsPolicy> derived = new ConcurrentHashMap<>();

	AnnotatedPolicies(CrossOriginPolicyDerivation derivation) {
		this.derivation = derivation;
	}

	/**
	 * The policy a handler method's annotation (on the method, else on its class) derives.
	 * @throws InvalidCorsConfigurationException if the annotation of a handler first seen now is invalid
	 */
	@Nullable NamedCorsPolicy forHandler(HandlerMethod handler) {
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
	 * Derives and validates the policy of each annotated element now, as startup and every reload do.
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
	 * Each annotated element known (a method as {@code Simple.method()}, a class by its name) with
	 * the policy it selects, sorted by element.
	 */
	Map<String, NamedCorsPolicy> byElement() {
		Map<String, NamedCorsPolicy> elements = new TreeMap<>();
		this.derived.forEach((element, policy) -> elements.put(element.name(), policy));
		return Collections.unmodifiableMap(elements);
	}

	/**
	 * The derived policies that differ from a named policy (overriding some of its settings), by name.
	 * @param named the named policies
	 */
	List<NamedCorsPolicy> overriding(Map<String, NamedCorsPolicy> named) {
		return this.derived.values()
			.stream()
			.filter((policy) -> named.get(policy.name()) != policy)
			.distinct()
			.sorted(Comparator.comparing(NamedCorsPolicy::name))
			.toList();
	}

}
