package io.crossorigin.cors.spring.actuate;

import org.jspecify.annotations.Nullable;

import org.springframework.web.method.HandlerMethod;

/**
 * Finds the annotated-controller method a request would reach, by method and path alone (the
 * conditions on headers, parameters and media types are not considered), so that an explanation
 * honours {@code @CrossOriginPolicy}.
 */
@FunctionalInterface
public interface HandlerMethodFinder {

	/** Finds no handler: the path alone chooses the policy. */
	HandlerMethodFinder NONE = (method, path) -> null;

	/**
	 * The handler method a request would reach.
	 * @param method the request method
	 * @param path the path within the application
	 * @return the handler method with the most specific matching pattern, or null
	 */
	@Nullable HandlerMethod find(String method, String path);

}
