package io.crossorigin.cors.test;

import java.util.Objects;

import io.crossorigin.cors.origin.OriginSyntax;

/**
 * A browser showing a page of one origin: {@link #fetching(Fetch)} says what the page's script
 * asks for.
 */
public final class BrowserAt {

	private final String origin;

	BrowserAt(String origin) {
		Objects.requireNonNull(origin, "origin");
		if (!OriginSyntax.isCanonical(origin)) {
			throw new IllegalArgumentException("'" + origin + "' is not an origin as a browser sends it: scheme, host"
					+ " and a non-default port only, lower case, no path or trailing slash (or 'null')");
		}
		this.origin = origin;
	}

	/**
	 * What the page's script fetches.
	 * @param fetch the request, from {@link BrowserAssertions#get(String)} and its siblings
	 * @return the fetch, to run {@code against} the application
	 */
	public PendingFetch fetching(Fetch fetch) {
		return new PendingFetch(this.origin, Objects.requireNonNull(fetch, "fetch"));
	}

}
