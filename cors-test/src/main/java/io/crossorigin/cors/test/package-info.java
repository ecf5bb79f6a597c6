/**
 * A test kit that judges an application's CORS answers the way a browser does: one assertion per
 * expectation, run against {@code MockMvc}, {@code WebTestClient} or a live base URL. Start at
 * {@link io.crossorigin.cors.test.BrowserAssertions}.
 */
@NullMarked
package io.crossorigin.cors.test;

import org.jspecify.annotations.NullMarked;
