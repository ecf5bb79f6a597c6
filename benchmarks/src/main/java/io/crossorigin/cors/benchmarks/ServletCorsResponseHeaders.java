package io.crossorigin.cors.benchmarks;

import jakarta.servlet.http.HttpServletResponse;

import io.crossorigin.cors.CorsResponseHeaders;

/**
 * The engine's view of a servlet response's headers.
 */
final class ServletCorsResponseHeaders implements CorsResponseHeaders {

	private final HttpServletResponse response;

	ServletCorsResponseHeaders(HttpServletResponse response) {
		this.response = response;
	}

	@Override
	public String get(String name) {
		return this.response.getHeader(name);
	}

	@Override
	public void set(String name, String value) {
		this.response.setHeader(name, value);
	}

}
