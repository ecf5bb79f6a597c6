/**
 * A model of what a browser does for CORS: the browser's side of the
 * <a href="https://fetch.spec.whatwg.org/">Fetch standard</a> for a cross-origin request whose
 * mode is "{@code cors}".
 *
 * <p>{@link io.crossorigin.cors.browser.BrowserRequest} is what a page asks {@code fetch()} to send,
 * {@link io.crossorigin.cors.browser.BrowserResponse} is what the server answers,
 * {@link io.crossorigin.cors.browser.CorsSafelist} holds Fetch's tables (CORS-safelisted methods and
 * headers, forbidden names) and {@link io.crossorigin.cors.browser.BrowserCorsCheck} runs Fetch's
 * algorithms: whether a CORS preflight is needed, what it carries, the CORS check, the checks of the
 * CORS-preflight fetch, and which response headers a script may read.
 *
 * <p>Everything here is immutable and uses only the JDK. Header names and values are byte sequences
 * in Fetch; here they are strings whose chars are taken as bytes (ISO-8859-1).
 */
@NullMarked
package io.crossorigin.cors.browser;

import org.jspecify.annotations.NullMarked;
