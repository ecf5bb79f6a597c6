package io.crossorigin.cors.browser;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which browser the model answers for, where browsers and the Fetch standard part ways. Each rule
 * in which they differ is a method here, which the checks, {@link BrowserFetch} and the
 * {@link PreflightCache} ask.
 */
public enum BrowserProfile {

	/**
	 * The Fetch standard, the strictest answer: {@code Access-Control-Allow-Headers: *} never
	 * covers {@code Authorization}, a preflight from the opaque origin ({@code Origin: null}) is
	 * cached like any other, and the cache keeps an entry per method and per header name.
	 */
	FETCH_STANDARD(Duration.ofHours(2), Rule.CACHES_OPAQUE_ORIGIN, Rule.CACHED_WILDCARDS_COVER,
			Rule.CACHE_EXEMPTS_HEAD, Rule.DEFAULTS_MALFORMED_MAX_AGE),

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
	CHROMIUM(Duration.ofHours(2), Rule.STAR_COVERS_AUTHORIZATION, Rule.ONE_CACHE_ENTRY_PER_URL,
			Rule.CACHED_WILDCARDS_COVER, Rule.CACHE_EXEMPTS_HEAD, Rule.DEFAULTS_MALFORMED_MAX_AGE),

	/**
	 * Firefox as shipped (checked against Firefox ESR 153 by the samples' differential test, and
	 * read in its {@code nsCORSListenerProxy.cpp}), where it differs from the standard:
	 * <ul>
	 * <li>like Chromium, {@code Access-Control-Allow-Headers: *} covers {@code Authorization} when
	 * credentials are not included;</li>
	 * <li>its preflight cache is an entry per page origin, URL and credentials flag (so an entry
	 * stored with credentials does not spare a request without them, nor the reverse), holding the
	 * method and header names the preflight listed: a cached {@code *} covers nothing; only
	 * {@code GET} and {@code POST} need no cached method, so a {@code HEAD} with non-safelisted
	 * headers is preflighted each time unless the server listed {@code HEAD}; the opaque origin's
	 * preflights are cached too (under the sandboxed document);</li>
	 * <li>a response that fails the CORS check (an actual response, a redirect, or a preflight
	 * whose {@code Access-Control-Allow-Origin} or {@code -Credentials} fails) removes its URL's
	 * entries, with and without credentials;</li>
	 * <li>a request that needed a preflight has one at every redirect hop, even when the redirect
	 * took away what needed it (a 303's method and body headers, {@code Authorization} across
	 * origins); once a redirect has tainted the request's origin, those preflights still carry the
	 * page's origin, are checked against it and cached under it, while the request itself sends
	 * {@code Origin: null};</li>
	 * <li>an {@code Access-Control-Max-Age} that is not digits caches nothing (the standard's
	 * default is 5 seconds), and the cap is 24 hours.</li>
	 * </ul>
	 */
	FIREFOX(Duration.ofHours(24), Rule.STAR_COVERS_AUTHORIZATION, Rule.CACHES_OPAQUE_ORIGIN,
			Rule.CACHE_KEYED_ON_CREDENTIALS, Rule.FAILED_CHECK_CLEARS_CACHE, Rule.PREFLIGHTS_EVERY_REDIRECT_HOP,
			Rule.PREFLIGHT_KEEPS_PAGE_ORIGIN);

	private final Duration maxAgeCap;

	private final Set<Rule> rules;

	BrowserProfile(Duration maxAgeCap, Rule... rules) {
		this.maxAgeCap = maxAgeCap;
		this.rules = EnumSet.noneOf(Rule.class);
		this.rules.addAll(Set.of(rules));
	}

	/**
	 * Whether a preflight's {@code Access-Control-Allow-Headers: *} covers {@code Authorization}
	 * when credentials are not included (the cache never lets it).
	 * @return true for Chromium and Firefox
	 */
	public boolean starCoversAuthorization() {
		return this.rules.contains(Rule.STAR_COVERS_AUTHORIZATION);
	}

	/**
	 * Whether a preflight from the opaque origin is cached.
	 * @return false for Chromium
	 */
	public boolean cachesOpaqueOrigin() {
		return this.rules.contains(Rule.CACHES_OPAQUE_ORIGIN);
	}

	/**
	 * Whether the preflight cache holds one entry per origin and URL, replaced by a new preflight
	 * and removed by a lookup it falls short of, rather than an entry per method and header name.
	 * @return true for Chromium
	 */
	public boolean oneCacheEntryPerUrl() {
		return this.rules.contains(Rule.ONE_CACHE_ENTRY_PER_URL);
	}

	/**
	 * Whether a cache entry spares only requests of its own credentials flag, rather than an entry
	 * stored with credentials also sparing requests without them.
	 * @return true for Firefox
	 */
	public boolean cacheKeyedOnCredentials() {
		return this.rules.contains(Rule.CACHE_KEYED_ON_CREDENTIALS);
	}

	/**
	 * Whether a cached {@code *} (from a preflight without credentials) covers any method or
	 * header name, as the standard's cache lets it.
	 * @return false for Firefox
	 */
	public boolean cachedWildcardsCover() {
		return this.rules.contains(Rule.CACHED_WILDCARDS_COVER);
	}

	/**
	 * Whether the cache spares a {@code HEAD} request without a cached method, as it does
	 * {@code GET} and {@code POST} ({@code HEAD} is a CORS-safelisted method), and stores the
	 * request's own method when {@code Access-Control-Allow-Methods} lists none.
	 * @return false for Firefox, whose cache exempts only {@code GET} and {@code POST} and stores
	 * only the methods the preflight names
	 */
	public boolean cacheExemptsHead() {
		return this.rules.contains(Rule.CACHE_EXEMPTS_HEAD);
	}

	/**
	 * Whether a response that fails the CORS check removes the cache's entries for its URL (with
	 * and without credentials): an actual response, a redirect, or a preflight whose
	 * {@code Access-Control-Allow-Origin} or {@code Access-Control-Allow-Credentials} fails (not
	 * one that fails on its status, methods or headers).
	 * @return true for Firefox
	 */
	public boolean failedCheckClearsCache() {
		return this.rules.contains(Rule.FAILED_CHECK_CLEARS_CACHE);
	}

	/**
	 * Whether a request that needed a preflight is preflighted again at every redirect hop, even
	 * when the redirect removed what needed it (a method a 303 turned into {@code GET}, the body
	 * headers it dropped, an {@code Authorization} dropped across origins), subject to the cache.
	 * @return true for Firefox
	 */
	public boolean preflightsEveryRedirectHop() {
		return this.rules.contains(Rule.PREFLIGHTS_EVERY_REDIRECT_HOP);
	}

	/**
	 * Whether, once a cross-origin redirect has tainted a request's origin, its preflights still
	 * carry the page's origin (and are checked against it, and cached under it) while the request
	 * itself sends {@code Origin: null}, rather than the preflights sending {@code null} too.
	 * @return true for Firefox
	 */
	public boolean preflightKeepsPageOrigin() {
		return this.rules.contains(Rule.PREFLIGHT_KEEPS_PAGE_ORIGIN);
	}

	/**
	 * Whether an {@code Access-Control-Max-Age} that is not a number of seconds caches the
	 * preflight for the default 5 seconds, as the standard says, rather than not at all.
	 * @return false for Firefox
	 */
	public boolean defaultsMalformedMaxAge() {
		return this.rules.contains(Rule.DEFAULTS_MALFORMED_MAX_AGE);
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

	/** The rules a profile follows, each read by the accessor of the same name. */
	private enum Rule {

		STAR_COVERS_AUTHORIZATION, CACHES_OPAQUE_ORIGIN, ONE_CACHE_ENTRY_PER_URL, CACHE_KEYED_ON_CREDENTIALS,
		CACHED_WILDCARDS_COVER, CACHE_EXEMPTS_HEAD, FAILED_CHECK_CLEARS_CACHE, PREFLIGHTS_EVERY_REDIRECT_HOP,
		PREFLIGHT_KEEPS_PAGE_ORIGIN, DEFAULTS_MALFORMED_MAX_AGE

	}

}
