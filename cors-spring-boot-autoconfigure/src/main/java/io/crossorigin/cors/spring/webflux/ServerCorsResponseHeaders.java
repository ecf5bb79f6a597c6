package io.crossorigin.cors.spring.webflux;

import java.util.ArrayList;
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

	private static final String ACCESS_CONTROL = "Access-Control-";

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
	 * Removes every {@code Access-Control-*} header, whoever wrote it, and leaves {@code Vary} as
	 * one line with each token once: what the policy then decides again on.
	 */
	void clearAccessControl() {
		List<String> names = new ArrayList<>();
		for (String name : this.headers.headerNames()) {
			if (name.regionMatches(true, 0, ACCESS_CONTROL, 0, ACCESS_CONTROL.length())) {
				names.add(name);
			}
		}
		names.forEach(this.headers::remove);
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
