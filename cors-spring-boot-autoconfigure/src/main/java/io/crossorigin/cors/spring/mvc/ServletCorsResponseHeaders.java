package io.crossorigin.cors.spring.mvc;

import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;

import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.FieldValues;

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
		// most responses have no such header yet: no iterator for them
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public void set(String name, String value) {
		this.response.setHeader(name, value);
	}

}
