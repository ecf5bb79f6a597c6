package io.crossorigin.cors.test;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;

/**
 * One request the browser sent and what the server answered, kept for failure messages.
 *
 * @param method the request's method ({@code OPTIONS} for a preflight)
 * @param path the path it went to, with its query (another one after a redirect)
 * @param requestHeaders the request's headers
 * @param response the response
 * @param serverAccount the policy and decision the server applied, or null when unknown
 */
record ServerExchange(String method, String path, List<HeaderField> requestHeaders, BrowserResponse response,
		@Nullable String serverAccount) {

	boolean isPreflight() {
		return this.method.equals("OPTIONS") && this.requestHeaders.stream()
			.anyMatch((header) -> header.name().equalsIgnoreCase("Access-Control-Request-Method"));
	}

	String describe() {
		String sent = this.requestHeaders.stream()
			.map((header) -> header.name() + ": " + Secrets.shown(header))
			.collect(Collectors.joining(", "));
		String answered = this.response.headers()
			.stream()
			.filter((header) -> header.name().regionMatches(true, 0, "Access-Control-", 0, 15)
					|| header.name().equalsIgnoreCase("Vary"))
			.map((header) -> header.name() + ": " + header.value())
			.collect(Collectors.joining(", "));
		return (isPreflight() ? "preflight " : "") + this.method + " " + this.path + " [" + sent + "] -> "
				+ this.response.status() + (answered.isEmpty() ? " with no CORS headers" : " [" + answered + "]")
				+ ((this.serverAccount != null) ? System.lineSeparator() + "    the server: " + this.serverAccount : "");
	}

}
