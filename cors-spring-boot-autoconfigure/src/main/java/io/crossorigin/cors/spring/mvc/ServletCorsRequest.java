package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.http.HttpServletRequest;

import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.http.FieldValues;

/**
 * The engine's view of a servlet request: repeated header fields are combined with {@code ", "}.
 */
final class ServletCorsRequest implements CorsRequest {

	private final HttpServletRequest request;

	ServletCorsRequest(HttpServletRequest request) {
		this.request = request;
	}

	@Override
	public String method() {
		return this.request.getMethod();
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
