package io.crossorigin.cors.spring;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;

/**
 * Picks the policy for a request, the same way on both stacks: {@link CrossOriginPolicy} on the
 * handler method, else on its class, else the most specific path pattern, else none; all from the
 * one {@link CorsPolicySet} in force when the request arrives. Annotations are derived and
 * validated at startup ({@link CrossOriginPolicyScanner}) and on every reload; per request it is a
 * map lookup.
 */
public class CorsPolicySelector {

	private final CorsPolicyRegistry registry;

	private volatile boolean annotatedHandlerSeen;

	/**
	 * Creates a selector.
	 * @param registry the policies in force
	 */
	public CorsPolicySelector(CorsPolicyRegistry registry) {
		this.registry = registry;
	}

	/**
	 * The policy for a request.
	 * @param handler the handler method the request reaches, or null if unknown
	 * @param path the request path within the application
	 * @return the policy, or null when none applies (the request is then left untouched)
	 */
	public @Nullable NamedCorsPolicy select(@Nullable HandlerMethod handler, PathContainer path) {
		CorsPolicySet policies = this.registry.current();
		if (handler != null) {
			NamedCorsPolicy policy = policies.forHandler(handler);
			if (policy != null) {
				this.annotatedHandlerSeen = true;
				return policy;
			}
		}
		return policies.forPath(path);
	}

	/**
	 * Whether any bean's class or method carries {@link CrossOriginPolicy}, or a handler that does
	 * has been seen; if not, a request's handler need not be looked up before
	 * {@code DispatcherServlet} or {@code DispatcherHandler} finds it.
	 * @return true if annotations are present
	 */
	public boolean hasAnnotatedHandlers() {
		return this.annotatedHandlerSeen || this.registry.hasAnnotatedElements();
	}

}
