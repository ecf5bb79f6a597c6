package io.crossorigin.cors.spring.webflux;

import java.util.List;

import org.springframework.http.HttpHeaders;

import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.http.FieldValues;

/**
 * The engine's view of a reactive response's headers.
 */
final class ServerCorsResponseHeaders implements CorsResponseHeaders {

	private final HttpHeaders headers;

	ServerCorsResponseHeaders(HttpHeaders headers) {
		this.headers = headers;
	}

	@Override
	public String get(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public void set(String name, String value) {
		this.headers.set(name, value);
	}

}
