package io.crossorigin.cors.spring.webflux;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.FieldValues;

/**
 * The engine's view of a reactive response's headers. A {@link #recording} view also remembers
 * what it set, so that the gate at commit can tell whether anyone else wrote, replaced or removed
 * a CORS header since.
 */
final class ServerCorsResponseHeaders implements CorsResponseHeaders {

	/** The most headers one decision writes: Vary and six Access-Control-* headers. */
	private static final int MOST_WRITTEN = 7;

	private final HttpHeaders headers;

	/** What a view that does not record has instead of {@link #written}: room for nothing. */
	private static final String[] NOT_RECORDING = {};

	/** Name, value, name, value... of what {@link #set} wrote, each name once; empty when not recording. */
	private final String[] written;

	private int writtenCount;

	ServerCorsResponseHeaders(HttpHeaders headers) {
		this(headers, NOT_RECORDING);
	}

	private ServerCorsResponseHeaders(HttpHeaders headers, String[] written) {
		this.headers = headers;
		this.written = written;
	}

	/**
	 * A view that remembers what it sets, for {@link #holdsOnlyWhatWasSet()}.
	 * @param headers the response's headers
	 * @return the view
	 */
	static ServerCorsResponseHeaders recording(HttpHeaders headers) {
		return new ServerCorsResponseHeaders(headers, new String[2 * MOST_WRITTEN]);
	}

	@Override
	public @Nullable String get(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : FieldValues.combine(values.iterator());
	}

	@Override
	public void set(String name, String value) {
		this.headers.set(name, value);
		if (this.written == NOT_RECORDING) {
			return;
		}
		int index = writtenIndex(name);
		if (index < 0 && this.writtenCount < MOST_WRITTEN) {
			index = 2 * this.writtenCount++;
			this.written[index] = name;
		}
		if (index >= 0) {
			this.written[index + 1] = value;
		}
	}

	/**
	 * Whether the response's {@code Vary} and {@code Access-Control-*} headers are still exactly
	 * what this recording view set: each value it set there alone, and no other such header (a
	 * name it could not record counts as another's). Then deciding again would write the same
	 * headers, and the gate can leave them.
	 */
	boolean holdsOnlyWhatWasSet() {
		for (int i = 0; i < 2 * this.writtenCount; i += 2) {
			List<String> values = this.headers.get(this.written[i]);
			if (values == null || values.size() != 1 || !this.written[i + 1].equals(values.get(0))) {
				return false;
			}
		}
		for (String name : this.headers.headerNames()) {
			if ((isAccessControl(name) || CorsHeaders.isVary(name)) && writtenIndex(name) < 0) {
				return false;
			}
		}
		return true;
	}

	private int writtenIndex(String name) {
		for (int i = 0; i < 2 * this.writtenCount; i += 2) {
			if (this.written[i].equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isAccessControl(String name) {
		return CorsHeaders.isAccessControl(name);
	}

	/**
	 * Removes every {@code Access-Control-*} header, whoever wrote it, and leaves {@code Vary} as
	 * one line with each token once: what the policy then decides again on.
	 */
	void clearAccessControl() {
		List<String> names = new ArrayList<>();
		for (String name : this.headers.headerNames()) {
			if (isAccessControl(name)) {
				names.add(name);
			}
		}
		names.forEach(this.headers::remove);
		List<String> vary = this.headers.get(CorsHeaders.VARY);
		if (vary != null && !vary.isEmpty()) {
			String union = FieldValues.varyUnion(String.join(", ", vary), null);
			if (union != null) {
				this.headers.set(CorsHeaders.VARY, union);
			}
			else {
				this.headers.remove(CorsHeaders.VARY);
			}
		}
	}

}
