package io.crossorigin.cors.test;

import java.util.List;

import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;

/**
 * Where the browser's requests go: a {@code MockMvc}, a {@code WebTestClient}, a live server.
 */
@FunctionalInterface
interface CorsTarget {

	/**
	 * Sends one request and returns the response as the browser sees it.
	 * @param method the method
	 * @param path the path, with its query if any
	 * @param headers the request headers, {@code Origin} included
	 * @return the response
	 */
	BrowserResponse send(String method, String path, List<HeaderField> headers);

}
