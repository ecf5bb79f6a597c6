package io.crossorigin.cors.spring.secured;

/**
 * What the application's security configuration says about CORS, chosen by the property
 * {@code secured.cors-mode}: the ways users actually configure Spring Security.
 */
enum SecurityCorsMode {

	/** Not one line about CORS. */
	NONE,

	/** {@code http.cors(withDefaults())}, as Spring's documentation advises, with no CORS source of the user's. */
	HTTP_CORS,

	/**
	 * The user's own {@code corsConfigurationSource} bean, which Spring Security picks up by itself
	 * (a {@code UrlBasedCorsConfigurationSource} turns {@code http.cors()} on for every chain).
	 */
	SOURCE_BEAN,

	/** {@code http.cors(c -> c.configurationSource(...))} with the user's own source, not a bean. */
	CONFIGURED_SOURCE;

	/** The origin the user's own CORS source allows, on every path; no policy allows it. */
	static final String LEGACY_ORIGIN = "https://legacy.example.org";

	static final String PROPERTY = "secured.cors-mode";

}
