package io.crossorigin.cors.browser;

import java.net.URI;
import java.util.List;

/**
 * A request the browser model sent through a {@link BrowserFetch.Network}, as the redirect tests
 * record and answer it.
 *
 * @param url where it went
 * @param method its method ({@code OPTIONS} for a preflight)
 * @param headers its CORS-relevant headers
 */
record SentRequest(URI url, String method, List<HeaderField> headers) {

	/** The first value of the header, or null. */
	String header(String name) {
		return this.headers.stream().filter((h) -> h.name().equalsIgnoreCase(name)).map(HeaderField::value)
			.findFirst().orElse(null);
	}

}
