/**
 * The CORS decision engine: immutable, validated {@link io.crossorigin.cors.CorsPolicy policies},
 * the {@link io.crossorigin.cors.CorsEngine engine} that decides each request, and the small views
 * ({@link io.crossorigin.cors.CorsRequest}, {@link io.crossorigin.cors.CorsResponseHeaders}) through
 * which adapters connect it to a web framework. No dependencies.
 */
@NullMarked
package io.crossorigin.cors;

import org.jspecify.annotations.NullMarked;
