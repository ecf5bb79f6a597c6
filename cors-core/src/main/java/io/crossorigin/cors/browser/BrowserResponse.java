package io.crossorigin.cors.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;

/**
 * What the server answered, as the browser's network layer sees it: a status and a header list.
 *
 * @param status  the HTTP status (Fetch: an integer from 0 to 999)
 * @param headers the response headers in order, duplicates kept (immutable)
 */
public record BrowserResponse(int status, List<HeaderField> headers) {

	/**
	 * Creates a response.
	 *
	 * @param status  the HTTP status
	 * @param headers the response headers, in order
	 * @throws NullPointerException     if {@code headers} or one of its elements is null
	 * @throws IllegalArgumentException if {@code status} is outside 0 to 999
	 */
	public BrowserResponse {
		if (status < 0 || status > 999) {
			throw new IllegalArgumentException("A status is an integer from 0 to 999, not " + status);
		}
		headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
	}

	/**
	 * A response from alternating header names and values, e.g.
	 * {@code of(200, "Access-Control-Allow-Origin", "https://a.com", "Vary", "Origin")}.
	 *
	 * @param status         the HTTP status
	 * @param namesAndValues name, value, name, value, ...
	 * @return the response
	 * @throws IllegalArgumentException if an odd number of strings is given
	 */
	public static BrowserResponse of(int status, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException(
					"Expected header names and values in pairs, got " + namesAndValues.length + " strings");
		}
		List<HeaderField> headers = new ArrayList<>(namesAndValues.length / 2);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.add(new HeaderField(namesAndValues[i], namesAndValues[i + 1]));
		}
		return new BrowserResponse(status, headers);
	}

	/**
	 * Fetch "get" a header name from the header list: null when no header has this name
	 * (byte-case-insensitively); otherwise the values of all headers with this name, in order,
	 * separated by {@code ", "} (as RFC 9110 combines field lines).
	 *
	 * @param name the header name, in any case
	 * @return the combined value, or null when absent
	 */
	public @Nullable String header(String name) {
		Objects.requireNonNull(name, "name");
		StringBuilder combined = null;
		for (HeaderField header : headers) {
			if (AsciiCase.equalsIgnoreCase(header.name(), name)) {
				if (combined == null) {
					combined = new StringBuilder(header.value());
				} else {
					combined.append(", ").append(header.value());
				}
			}
		}
		return combined == null ? null : combined.toString();
	}
}
