package io.crossorigin.cors.browser;

import java.util.Objects;

/**
 * One header (Fetch: a name/value tuple, one field line in HTTP).
 *
 * @param name  the header name, as written (never null)
 * @param value the header value (never null)
 */
public record HeaderField(String name, String value) {

	/**
	 * Creates a header.
	 *
	 * @param name  the header name
	 * @param value the header value
	 * @throws NullPointerException if {@code name} or {@code value} is null
	 */
	public HeaderField {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}
}
