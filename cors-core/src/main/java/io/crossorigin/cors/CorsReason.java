package io.crossorigin.cors;

/**
 * Why the engine decided as it did: a stable code for logs, metrics and explanations.
 */
public enum CorsReason {

	/** The request has no {@code Origin} header: it is not a CORS request. */
	NO_ORIGIN("the request has no Origin header"),

	/** The {@code Origin} is the request's own origin: it is not a CORS request. */
	SAME_ORIGIN("the Origin is the request's own origin"),

	/** The policy allows the request. */
	ALLOWED("the policy allows the request"),

	/**
	 * The policy allows the request, but another component had already written
	 * {@code Access-Control-Allow-Origin}; the engine wrote no {@code Access-Control-*} header of its own.
	 */
	ALLOW_ORIGIN_ALREADY_SET("another component already wrote Access-Control-Allow-Origin"),

	/** The {@code Origin} header is not one canonical serialized origin (malformed, repeated or a list). */
	ORIGIN_MALFORMED("the Origin header is not a single canonical origin"),

	/** The origin is well formed but not allowed. */
	ORIGIN_NOT_ALLOWED("the origin is not allowed"),

	/** {@code Access-Control-Request-Method} is not a method token. */
	METHOD_MALFORMED("Access-Control-Request-Method is not a method name"),

	/** The method is not allowed. */
	METHOD_NOT_ALLOWED("the method is not allowed"),

	/** {@code Access-Control-Request-Headers} is not a comma-separated list of header names. */
	HEADERS_MALFORMED("Access-Control-Request-Headers is not a list of header names"),

	/** {@code Access-Control-Request-Headers} is longer than the engine reads. */
	HEADERS_TOO_LONG("Access-Control-Request-Headers is too long"),

	/** A requested header is not allowed. */
	HEADER_NOT_ALLOWED("a requested header is not allowed"),

	/** The preflight asks for Private Network Access, which the policy does not allow. */
	PRIVATE_NETWORK_NOT_ALLOWED("Private Network Access is not allowed"),

	/**
	 * A cross-origin WebSocket handshake carries {@code Cookie} or {@code Authorization}, which the
	 * browser attached without the page asking, and the policy does not allow credentials.
	 */
	CREDENTIALS_NOT_ALLOWED("the handshake carries credentials (Cookie or Authorization) and the policy does not allow them");

	private final String description;

	CorsReason(String description) {
		this.description = description;
	}

	/**
	 * A short English description.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
