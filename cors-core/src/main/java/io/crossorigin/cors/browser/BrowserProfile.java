package io.crossorigin.cors.browser;

import java.time.Duration;

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
	FETCH_STANDARD(false, true, false, false, true, Duration.ofHours(2)),

	/**
	 * Chromium as shipped (checked against Chromium 156 by the samples' differential test), where
	 * it differs from the standard: {@code Access-Control-Allow-Headers: *} covers
	 * {@code Authorization} when credentials are not included (Chromium has not shipped the
	 * standard's exception; Firefox does the same), though a cached {@code *} does not, so the next
	 * such request is preflighted again; its preflight cache holds one entry per origin and URL,
	 * which a new preflight replaces and a request it does not cover removes; and no preflight from
	 * the opaque origin is cached, whether the page's origin is opaque or a cross-origin redirect
	 * tainted it. It caps {@code Access-Control-Max-Age} at two hours ({@code kMaxPreflightCacheAge}).
	 */
	CHROMIUM(true, false, true, false, true, Duration.ofHours(2)),

	/**
	 * Firefox as shipped (checked against Firefox ESR 153 by the samples' browser tests and
	 * preflight-cache probes), where it differs from the standard: like Chromium,
	 * {@code Access-Control-Allow-Headers: *} covers {@code Authorization} when credentials are not
	 * included, and no preflight from the opaque origin is cached; its preflight cache is keyed on
	 * the credentials flag, so an entry stored with credentials does not spare a request without
	 * them (nor the reverse); a cached {@code *} covers no method or header (the cache compares
	 * names, so a preflight answered with {@code *} is sent again each time); and, by its source,
	 * it caps {@code Access-Control-Max-Age} at 24 hours. Its handling of redirected requests is
	 * not encoded yet (the opt-in Firefox differential lists the cases).
	 */
	FIREFOX(true, false, false, true, false, Duration.ofHours(24));

	private final boolean starCoversAuthorization;

	private final boolean cachesOpaqueOrigin;

	private final boolean oneCacheEntryPerUrl;

	private final boolean cacheKeyedOnCredentials;

	private final boolean cachedWildcardsCover;

	private final Duration maxAgeCap;

	BrowserProfile(boolean starCoversAuthorization, boolean cachesOpaqueOrigin, boolean oneCacheEntryPerUrl,
			boolean cacheKeyedOnCredentials, boolean cachedWildcardsCover, Duration maxAgeCap) {
		this.starCoversAuthorization = starCoversAuthorization;
		this.cachesOpaqueOrigin = cachesOpaqueOrigin;
		this.oneCacheEntryPerUrl = oneCacheEntryPerUrl;
		this.cacheKeyedOnCredentials = cacheKeyedOnCredentials;
		this.cachedWildcardsCover = cachedWildcardsCover;
		this.maxAgeCap = maxAgeCap;
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

	/**
	 * Whether a cache entry spares only requests of its own credentials flag, rather than an entry
	 * stored with credentials also sparing requests without them.
	 * @return true for Firefox
	 */
	public boolean cacheKeyedOnCredentials() {
		return this.cacheKeyedOnCredentials;
	}

	/**
	 * Whether a cached {@code *} (from a preflight without credentials) covers any method or
	 * header name, as the standard's cache lets it.
	 * @return false for Firefox
	 */
	public boolean cachedWildcardsCover() {
		return this.cachedWildcardsCover;
	}

	/**
	 * The longest time this browser caches a preflight, whatever {@code Access-Control-Max-Age}
	 * says.
	 * @return two hours for Chromium (and the standard's profile, which sets none: the strictest
	 * shipped), 24 hours for Firefox
	 */
	public Duration maxAgeCap() {
		return this.maxAgeCap;
	}

}
