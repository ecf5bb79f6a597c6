package io.crossorigin.cors.spring.webflux;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import io.crossorigin.cors.FieldValues;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsExchange;

/**
 * A reactive exchange as the enforcement step sees it: repeated header fields are combined with
 * {@code ", "}, and the engine writes the response headers through a
 * {@linkplain ServerCorsResponseHeaders#recording recording view}, created when first asked for
 * (only a request a policy covers is written to), so that the gate at commit can tell whether
 * anyone else wrote a CORS header since.
 */
final class ServerCorsExchange implements CorsExchange {

	private final ServerWebExchange exchange;

	private @Nullable ServerCorsResponseHeaders responseHeaders;

	ServerCorsExchange(ServerWebExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public String method() {
		return request().getMethod().name();
	}

	@Override
	public @Nullable String header(String name) {
		List<String> values = request().getHeaders().get(name);
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public @Nullable String scheme() {
		return uri().getScheme();
	}

	@Override
	public @Nullable String host() {
		return uri().getHost();
	}

	@Override
	public int port() {
		return uri().getPort();
	}

	@Override
	public PathContainer pathWithinApplication() {
		return request().getPath().pathWithinApplication();
	}

	@Override
	public String path() {
		return request().getPath().value();
	}

	@Override
	public ServerCorsResponseHeaders responseHeaders() {
		ServerCorsResponseHeaders headers = this.responseHeaders;
		if (headers == null) {
			headers = ServerCorsResponseHeaders.recording(this.exchange.getResponse().getHeaders());
			this.responseHeaders = headers;
		}
		return headers;
	}

	@Override
	public void record(AppliedCorsPolicy applied) {
		this.exchange.getAttributes().put(AppliedCorsPolicy.ATTRIBUTE, applied);
	}

	private ServerHttpRequest request() {
		return this.exchange.getRequest();
	}

	private URI uri() {
		return request().getURI();
	}

}
