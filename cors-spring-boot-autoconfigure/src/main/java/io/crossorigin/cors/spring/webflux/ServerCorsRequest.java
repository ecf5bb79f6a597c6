package io.crossorigin.cors.spring.webflux;

import java.net.URI;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;

import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.FieldValues;

/**
 * The engine's view of a reactive request: repeated header fields are combined with {@code ", "}.
 */
final class ServerCorsRequest implements CorsRequest {

	private final ServerHttpRequest request;

	ServerCorsRequest(ServerHttpRequest request) {
		this.request = request;
	}

	@Override
	public String method() {
		return this.request.getMethod().name();
	}

	@Override
	public String header(String name) {
		List<String> values = this.request.getHeaders().get(name);
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public String scheme() {
		return uri().getScheme();
	}

	@Override
	public String host() {
		return uri().getHost();
	}

	@Override
	public int port() {
		return uri().getPort();
	}

	private URI uri() {
		return this.request.getURI();
	}

}
