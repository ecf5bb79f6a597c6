/**
 * The CORS decision engine and the browser model, with no dependencies. Exports the engine's API
 * ({@code io.crossorigin.cors}) and the browser model ({@code io.crossorigin.cors.browser}); the
 * parsers and lookup tables under {@code io.crossorigin.cors.internal} are the module's own.
 */
module io.crossorigin.cors {

	requires static transitive org.jspecify;

	exports io.crossorigin.cors;
	exports io.crossorigin.cors.browser;

}
