package io.crossorigin.cors.spring.mvc;

import java.util.Collection;

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
		Collection<String> values = this.response.getHeaders(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		return (values.size() == 1) ? values.iterator().next() : String.join(", ", values);
	}

	@Override
	public void set(String name, String value) {
		this.response.setHeader(name, value);
	}

}
