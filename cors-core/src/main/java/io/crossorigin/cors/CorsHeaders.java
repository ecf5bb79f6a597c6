package io.crossorigin.cors;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;

/**
 * Names of the HTTP headers of the CORS protocol, as the Fetch standard writes them.
 */
public final class CorsHeaders {

	/** {@code Origin}: the origin of the page that made the request. */
	public static final String ORIGIN = "Origin";

	/** {@code Vary}: which request headers the response depends on. */
	public static final String VARY = "Vary";

	/** {@code Access-Control-Request-Method}: the method a preflight asks about. */
	public static final String ACCESS_CONTROL_REQUEST_METHOD = "Access-Control-Request-Method";

	/** {@code Access-Control-Request-Headers}: the header names a preflight asks about. */
	public static final String ACCESS_CONTROL_REQUEST_HEADERS = "Access-Control-Request-Headers";

	/** {@code Access-Control-Request-Private-Network}: a Private Network Access preflight. */
	public static final String ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";

	/** {@code Access-Control-Allow-Origin}. */
	public static final String ACCESS_CONTROL_ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	/** {@code Access-Control-Allow-Credentials}. */
	public static final String ACCESS_CONTROL_ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

	/** {@code Access-Control-Allow-Methods}. */
	public static final String ACCESS_CONTROL_ALLOW_METHODS = "Access-Control-Allow-Methods";

	/** {@code Access-Control-Allow-Headers}. */
	public static final String ACCESS_CONTROL_ALLOW_HEADERS = "Access-Control-Allow-Headers";

	/** {@code Access-Control-Expose-Headers}. */
	public static final String ACCESS_CONTROL_EXPOSE_HEADERS = "Access-Control-Expose-Headers";

	/** {@code Access-Control-Max-Age}. */
	public static final String ACCESS_CONTROL_MAX_AGE = "Access-Control-Max-Age";

	/** {@code Access-Control-Allow-Private-Network}. */
	public static final String ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";

	/** {@code Upgrade}: {@code websocket} on a WebSocket handshake. */
	public static final String UPGRADE = "Upgrade";

	/** {@code Cookie}: credentials a browser attaches by itself. */
	public static final String COOKIE = "Cookie";

	/** {@code Authorization}: credentials a browser attaches by itself (HTTP authentication). */
	public static final String AUTHORIZATION = "Authorization";

	private static final String ACCESS_CONTROL_PREFIX = "Access-Control-";

	private CorsHeaders() {
	}

	/**
	 * Whether a header name is one of the CORS protocol's response or request headers: the
	 * {@code Access-Control-} prefix and at least one character more, compared ignoring the case of
	 * ASCII letters only, as HTTP field names are (so a name with a Unicode letter that folds into
	 * ASCII, such as the long s, is not one). The one definition every gate uses: on a response a
	 * policy covers, only the policy's own such headers leave the application.
	 * @param name the header name, may be null
	 * @return true for an {@code Access-Control-*} name
	 */
	public static boolean isAccessControl(@Nullable String name) {
		return name != null && name.length() > ACCESS_CONTROL_PREFIX.length()
				&& AsciiCase.regionMatches(name, 0, ACCESS_CONTROL_PREFIX, 0, ACCESS_CONTROL_PREFIX.length());
	}

	/**
	 * Whether a header name is {@code Vary}, ignoring the case of ASCII letters only.
	 * @param name the header name, may be null
	 * @return true for {@code Vary}
	 */
	public static boolean isVary(@Nullable String name) {
		return name != null && AsciiCase.equalsIgnoreCase(name, VARY);
	}

}
