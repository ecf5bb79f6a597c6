package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.FieldValues;

/**
 * The engine's view of a servlet request: repeated header fields are combined with {@code ", "},
 * and on an error dispatch the method is the request's own, not the {@code GET} that Servlet 6.1
 * containers dispatch errors with.
 */
final class ServletCorsRequest implements CorsRequest {

	/** Servlet 6.1's {@code RequestDispatcher.ERROR_METHOD}: the method of the request that failed. */
	static final String ERROR_METHOD_ATTRIBUTE = "jakarta.servlet.error.method";

	private final HttpServletRequest request;

	ServletCorsRequest(HttpServletRequest request) {
		this.request = request;
	}

	@Override
	public String method() {
		return method(this.request);
	}

	/** The request's own method, on an error dispatch too. */
	static String method(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(ERROR_METHOD_ATTRIBUTE) instanceof String original) {
			return original;
		}
		return request.getMethod();
	}

	@Override
	public String header(String name) {
		return FieldValues.combine(this.request.getHeaders(name));
	}

	@Override
	public String scheme() {
		return this.request.getScheme();
	}

	@Override
	public String host() {
		return this.request.getServerName();
	}

	@Override
	public int port() {
		return this.request.getServerPort();
	}

}
