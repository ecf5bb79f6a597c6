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
	 * @return the response, with the server's own account of its decision where the target can see it
	 */
	Answer send(String method, String path, List<HeaderField> headers);

	/**
	 * A response, and what the server says it decided.
	 * @param response the response as the browser sees it
	 * @param serverAccount the policy and decision the server applied, or null where the target
	 * cannot see inside the server
	 */
	record Answer(BrowserResponse response, String serverAccount) {

		static Answer of(BrowserResponse response) {
			return new Answer(response, null);
		}

	}

}
