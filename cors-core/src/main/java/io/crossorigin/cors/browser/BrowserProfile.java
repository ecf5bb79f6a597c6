package io.crossorigin.cors.browser;

/**
 * Which browser the model answers for, where browsers and the Fetch standard part ways. Each rule
 * in which they differ is a method here, which the checks and the {@link PreflightCache} ask.
 */
public enum BrowserProfile {

	/**
	 * The Fetch standard, the strictest answer: {@code Access-Control-Allow-Headers: *} never
	 * covers {@code Authorization}, a preflight from the opaque origin ({@code Origin: null}) is
	 * cached like any other, and the cache keeps an entry per method and per header name.
	 */
	FETCH_STANDARD(false, true, false),

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
	CHROMIUM(true, false, true);

	private final boolean starCoversAuthorization;

	private final boolean cachesOpaqueOrigin;

	private final boolean oneCacheEntryPerUrl;

	BrowserProfile(boolean starCoversAuthorization, boolean cachesOpaqueOrigin, boolean oneCacheEntryPerUrl) {
		this.starCoversAuthorization = starCoversAuthorization;
		this.cachesOpaqueOrigin = cachesOpaqueOrigin;
		this.oneCacheEntryPerUrl = oneCacheEntryPerUrl;
	}

	/**
	 * Whether a preflight's {@code Access-Control-Allow-Headers: *} covers {@code Authorization}
	 * when credentials are not included (the cache never lets it).
	 * @return true for Chromium
	 */
	public boolean starCoversAuthorization() {
		return this.starCoversAuthorization;
	}

	/**
	 * Whether a preflight from the opaque origin is cached.
	 * @return true for the standard
	 */
	public boolean cachesOpaqueOrigin() {
		return this.cachesOpaqueOrigin;
	}

	/**
	 * Whether the preflight cache holds one entry per origin and URL, replaced by a new preflight
	 * and removed by a lookup it falls short of, rather than an entry per method and header name.
	 * @return true for Chromium
	 */
	public boolean oneCacheEntryPerUrl() {
		return this.oneCacheEntryPerUrl;
	}

}
