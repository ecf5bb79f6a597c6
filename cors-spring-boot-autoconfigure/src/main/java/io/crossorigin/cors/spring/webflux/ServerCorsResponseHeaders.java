package io.crossorigin.cors.spring.webflux;

import java.util.List;

import org.springframework.http.HttpHeaders;

import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.http.FieldValues;
import io.crossorigin.cors.http.VaryHeader;

/**
 * The engine's view of a reactive response's headers.
 */
final class ServerCorsResponseHeaders implements CorsResponseHeaders {

	/** Takes the engine's writes and keeps none: for deciding a request whose headers are written later. */
	static final CorsResponseHeaders DISCARDED = new CorsResponseHeaders() {

		@Override
		public String get(String name) {
			return null;
		}

		@Override
		public void set(String name, String value) {
		}

	};

	/** The response headers of the CORS protocol: the ones a browser reads, so the ones the gate polices. */
	private static final List<String> ACCESS_CONTROL_RESPONSE_HEADERS = List.of(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
			CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS,
			CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS, CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
			CorsHeaders.ACCESS_CONTROL_MAX_AGE, CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK);

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

	/**
	 * Removes every CORS response header, whoever wrote it and in whatever case, and leaves
	 * {@code Vary} as one line with each token once: what the policy then decides again on. The
	 * names are probed one by one rather than found by listing the headers, which on Netty copies
	 * every name of the response.
	 */
	void clearAccessControl() {
		for (String name : ACCESS_CONTROL_RESPONSE_HEADERS) {
			if (this.headers.containsHeader(name)) {
				this.headers.remove(name);
			}
		}
		List<String> vary = this.headers.get(CorsHeaders.VARY);
		if (vary != null && !vary.isEmpty()) {
			String union = VaryHeader.union(String.join(", ", vary), null);
			if (union != null) {
				this.headers.set(CorsHeaders.VARY, union);
			}
			else {
				this.headers.remove(CorsHeaders.VARY);
			}
		}
	}

}
