package io.crossorigin.cors.browser;

/**
 * Which of the browser's checks a request failed: what a failure message describes in words, as a
 * value a tool can act on (the test kit maps each to the setting that fixes it).
 */
public enum CorsFailure {

	/** The response has no {@code Access-Control-Allow-Origin}. */
	NO_ALLOW_ORIGIN,

	/** {@code Access-Control-Allow-Origin: *} on a request with credentials. */
	WILDCARD_ORIGIN_WITH_CREDENTIALS,

	/** {@code Access-Control-Allow-Origin} names another origin than the request's, byte for byte. */
	ORIGIN_MISMATCH,

	/** Credentials were included and {@code Access-Control-Allow-Credentials} is not {@code true}. */
	CREDENTIALS_NOT_ALLOWED,

	/** The preflight's status is not 200 to 299. */
	PREFLIGHT_STATUS_NOT_OK,

	/** {@code Access-Control-Allow-Methods} or {@code -Allow-Headers} is not a list of tokens. */
	MALFORMED_ALLOW_LIST,

	/** A private network request without {@code Access-Control-Allow-Private-Network: true}. */
	PRIVATE_NETWORK_NOT_ALLOWED,

	/** The preflight does not allow the request's method. */
	METHOD_NOT_ALLOWED,

	/** {@code Authorization} is sent and only a {@code *} would cover it (the Fetch standard's rule). */
	AUTHORIZATION_NOT_LISTED,

	/** The preflight does not allow one of the request's headers. */
	HEADER_NOT_ALLOWED,

	/** The server gave no response. */
	NO_RESPONSE,

	/** A redirect the browser will not follow (too many, not HTTP(S), credentials in its URL). */
	REDIRECT_NOT_FOLLOWED

}
