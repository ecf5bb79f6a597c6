package io.crossorigin.cors.browser;

/**
 * Which browser the model answers for, where browsers and the Fetch standard part ways.
 */
public enum BrowserProfile {

	/**
	 * The Fetch standard, the strictest answer: {@code Access-Control-Allow-Headers: *} never
	 * covers {@code Authorization}, and a preflight from the opaque origin ({@code Origin: null})
	 * is cached like any other.
	 */
	FETCH_STANDARD,

	/**
	 * Chromium as shipped (checked against Chromium 156 by the samples' differential test), where
	 * it differs from the standard: {@code Access-Control-Allow-Headers: *} covers
	 * {@code Authorization} when credentials are not included (Chromium has not shipped the
	 * standard's exception; Firefox does the same), though a cached {@code *} does not, so the next
	 * such request is preflighted again; its preflight cache holds one entry per origin and URL,
	 * which a new preflight replaces and a request it does not cover removes; and no preflight from
	 * the opaque origin is cached, whether the page's origin is opaque or a cross-origin redirect
	 * tainted it.
	 */
	CHROMIUM

}
