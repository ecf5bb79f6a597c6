package io.crossorigin.cors.spring.mvc;

import java.util.Collection;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.FieldValues;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsExchange;

/**
 * A servlet request and its response as the enforcement step sees them, in one object: repeated
 * header fields are combined with {@code ", "}, and on an error dispatch the method and path are
 * the failed request's own, not the {@code GET} that Servlet 6.1 containers dispatch errors with.
 */
final class ServletCorsExchange implements CorsExchange, CorsResponseHeaders {

	/** Servlet 6.1's {@code RequestDispatcher.ERROR_METHOD}: the method of the request that failed. */
	static final String ERROR_METHOD_ATTRIBUTE = "jakarta.servlet.error.method";

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final RequestPaths paths;

	private @Nullable RequestPath requestPath;

	ServletCorsExchange(HttpServletRequest request, HttpServletResponse response, RequestPaths paths) {
		this.request = request;
		this.response = response;
		this.paths = paths;
	}

	@Override
	public String method() {
		if (this.request.getDispatcherType() == DispatcherType.ERROR
				&& this.request.getAttribute(ERROR_METHOD_ATTRIBUTE) instanceof String original) {
			return original;
		}
		return this.request.getMethod();
	}

	@Override
	public @Nullable String header(String name) {
		// most lookups are of headers a request lacks: no enumeration for those
		return (this.request.getHeader(name) != null) ? FieldValues.combine(this.request.getHeaders(name)) : null;
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

	/** The request's path, parsed once for the policy's selection and the handler lookup alike. */
	RequestPath requestPath() {
		RequestPath path = this.requestPath;
		if (path == null) {
			path = ServletRequestPathUtils.hasParsedRequestPath(this.request)
					? ServletRequestPathUtils.getParsedRequestPath(this.request) : this.paths.parse(this.request);
			this.requestPath = path;
		}
		return path;
	}

	@Override
	public PathContainer pathWithinApplication() {
		return requestPath().pathWithinApplication();
	}

	@Override
	public String path() {
		if (this.request.getDispatcherType() == DispatcherType.ERROR
				&& this.request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
			return original;
		}
		return this.request.getRequestURI();
	}

	@Override
	public CorsResponseHeaders responseHeaders() {
		return this;
	}

	@Override
	public void record(AppliedCorsPolicy applied) {
		this.request.setAttribute(AppliedCorsPolicy.ATTRIBUTE, applied);
	}

	@Override
	public @Nullable String get(String name) {
		// most responses have no such header yet: no collection for them
		if (this.response.getHeader(name) == null) {
			return null;
		}
		Collection<String> values = this.response.getHeaders(name);
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public void set(String name, String value) {
		this.response.setHeader(name, value);
	}

}
