package io.crossorigin.cors;

import org.jspecify.annotations.Nullable;

/**
 * The headers of the response being prepared, through which the engine writes its decision.
 * Implemented by each adapter over its own response type.
 */
public interface CorsResponseHeaders {

	/**
	 * The current value of a response header, repeated fields combined with {@code ", "}.
	 * @param name the header name (case-insensitive)
	 * @return the value, or null when absent
	 */
	@Nullable String get(String name);

	/**
	 * Sets a response header, replacing any value it had.
	 * @param name the header name
	 * @param value the value, free of control characters
	 */
	void set(String name, String value);

}
