package io.crossorigin.cors.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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
	 * Where the application is, to resolve the paths of fetches and the redirects it answers: a
	 * redirect elsewhere leaves the application under test. In-process targets answer as
	 * {@code http://localhost}, as {@code MockMvc} does.
	 * @return the application's base URL
	 */
	default URI base() {
		return IN_PROCESS;
	}

	/** The base URL of an application tested in process. */
	URI IN_PROCESS = URI.create("http://localhost");

	/**
	 * A response as the browser sees it: the status and every value of every header, in the
	 * order the target lists them.
	 * @param status the status
	 * @param headers each header name with its values
	 * @return the response
	 */
	static BrowserResponse response(int status, Collection<? extends Map.Entry<String, ? extends List<String>>> headers) {
		List<HeaderField> fields = new ArrayList<>();
		headers.forEach((header) -> header.getValue().forEach((value) -> fields.add(new HeaderField(header.getKey(), value))));
		return new BrowserResponse(status, fields);
	}

	/**
	 * A response, and what the server says it decided.
	 * @param response the response as the browser sees it
	 * @param serverAccount the policy and decision the server applied, or null where the target
	 * cannot see inside the server
	 */
	record Answer(BrowserResponse response, @Nullable String serverAccount) {

		static Answer of(BrowserResponse response) {
			return new Answer(response, null);
		}

	}

}
