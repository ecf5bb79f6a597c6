package io.crossorigin.cors;

import org.jspecify.annotations.Nullable;

/**
 * A read-only view of an HTTP request, implemented by each adapter over its own request type
 * without copying anything.
 */
public interface CorsRequest {

	/**
	 * The request method, exactly as received (case-sensitive).
	 * @return the method
	 */
	String method();

	/**
	 * The value of a request header. When the header occurs more than once, the values are
	 * combined with {@code ", "} as RFC 9110 §5.3 combines field lines: a repeated {@code Origin}
	 * then reads as a list, which is never a valid origin.
	 * @param name the header name (case-insensitive)
	 * @return the value, or null when absent
	 */
	@Nullable String header(String name);

	/**
	 * The request's own scheme ({@code http} or {@code https}), as the server sees it.
	 * @return the scheme, or null when unknown (then no {@code Origin} is the request's own)
	 */
	@Nullable String scheme();

	/**
	 * The request's own host, as the server sees it (the {@code Host} header's host).
	 * @return the host, or null when unknown (then no {@code Origin} is the request's own)
	 */
	@Nullable String host();

	/**
	 * The request's own port, as the server sees it.
	 * @return the port, or -1 when unknown (then the scheme's default port is assumed)
	 */
	int port();

}
