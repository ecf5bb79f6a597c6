package io.crossorigin.cors.spring;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Picks the policy for a request: {@link CrossOriginPolicy} on the handler method, else on its
 * class, else the registry's most specific path pattern, else none. Annotations are resolved and
 * validated once, at startup ({@link #validate(Collection)}); per request it is a map lookup.
 */
public class CorsPolicySelector {

	private static final NamedCorsPolicy NONE = new NamedCorsPolicy("none", null);

	private final CorsPolicyRegistry registry;

	private final PropertyResolver resolver;

	private final Map<HandlerKey, NamedCorsPolicy> annotated = new ConcurrentHashMap<>();

	private volatile boolean annotationsPresent;

	/**
	 * Creates a selector.
	 * @param registry the configured policies
	 * @param resolver resolves placeholders in annotation attributes
	 */
	public CorsPolicySelector(CorsPolicyRegistry registry, PropertyResolver resolver) {
		this.registry = registry;
		this.resolver = resolver;
	}

	/**
	 * The policy for a request.
	 * @param handler the handler method the request reaches, or null if unknown
	 * @param path the request path within the application
	 * @return the policy, or null when none applies (the request is then left untouched)
	 */
	public NamedCorsPolicy select(HandlerMethod handler, PathContainer path) {
		if (handler != null) {
			NamedCorsPolicy policy = annotated(handler);
			if (policy != NONE) {
				return policy;
			}
		}
		return this.registry.forPath(path);
	}

	/**
	 * Whether any handler method or controller carries {@link CrossOriginPolicy}; if none does, a
	 * request's handler need not be looked up.
	 * @return true if annotations are present
	 */
	public boolean hasAnnotatedHandlers() {
		return this.annotationsPresent;
	}

	/**
	 * Resolves the annotations of every handler method at startup.
	 * @param handlers the application's handler methods
	 * @throws InvalidCorsConfigurationException listing every invalid annotation
	 */
	public void validate(Collection<HandlerMethod> handlers) {
		List<CorsConfigurationProblem> problems = new ArrayList<>();
		for (HandlerMethod handler : handlers) {
			HandlerKey key = HandlerKey.of(handler);
			if (!this.annotated.containsKey(key)) {
				this.annotated.put(key, resolve(handler, problems));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		this.annotationsPresent = this.annotated.values().stream().anyMatch((policy) -> policy != NONE);
	}

	private NamedCorsPolicy annotated(HandlerMethod handler) {
		NamedCorsPolicy policy = this.annotated.get(HandlerKey.of(handler));
		if (policy == null) {
			// a handler registered after startup: resolve it now, failing loudly if invalid
			List<CorsConfigurationProblem> problems = new ArrayList<>();
			policy = resolve(handler, problems);
			if (!problems.isEmpty()) {
				throw new InvalidCorsConfigurationException(problems);
			}
			this.annotated.put(HandlerKey.of(handler), policy);
		}
		return policy;
	}

	private NamedCorsPolicy resolve(HandlerMethod handler, List<CorsConfigurationProblem> problems) {
		Method method = handler.getMethod();
		Class<?> beanType = ClassUtils.getUserClass(handler.getBeanType());
		CrossOriginPolicy annotation = AnnotatedElementUtils.findMergedAnnotation(method, CrossOriginPolicy.class);
		String element = beanType.getSimpleName() + "." + method.getName() + "()";
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(beanType, CrossOriginPolicy.class);
			element = beanType.getName();
		}
		if (annotation == null) {
			return NONE;
		}
		NamedCorsPolicy policy = this.registry.derive(annotation, element, this.resolver, problems);
		return (policy != null) ? policy : NONE;
	}

	private record HandlerKey(Class<?> beanType, Method method) {

		static HandlerKey of(HandlerMethod handler) {
			return new HandlerKey(handler.getBeanType(), handler.getMethod());
		}

	}

}
