package io.crossorigin.cors.browser;

/**
 * Fetch's request credentials mode, set by {@code fetch(url, {credentials})}.
 *
 * <p>For a cross-origin request only {@link #INCLUDE} is "include" for the CORS check and the
 * CORS-preflight fetch: {@link #SAME_ORIGIN} behaves like {@link #OMIT} there.
 */
public enum CredentialsMode {

	/** "{@code omit}": never send credentials. */
	OMIT,

	/** "{@code same-origin}": send credentials only to the same origin (the {@code fetch()} default). */
	SAME_ORIGIN,

	/** "{@code include}": always send credentials, which makes the CORS check strict. */
	INCLUDE
}
