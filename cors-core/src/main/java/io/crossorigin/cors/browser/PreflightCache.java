package io.crossorigin.cors.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsHeaders;

/**
 * A browser's CORS-preflight cache, per the Fetch standard: after a successful preflight, one
 * entry per method of {@code Access-Control-Allow-Methods} (the request's method when the list is
 * empty) and one per name of {@code Access-Control-Allow-Headers}, each keyed by origin, URL and
 * whether credentials were included, and living for {@link #lifetime(BrowserResponse)}
 * (5 seconds by default, 2 hours at most in Chromium). A later request needs no preflight when an
 * entry matches its method and one matches each of its CORS-unsafe header names.
 *
 * <p>Under {@link BrowserProfile#CHROMIUM} there is one entry per origin and URL, as in Chromium: a
 * new preflight's answer replaces it, and a lookup it falls short of (another method, a header it
 * does not list, credentials it was not made with) removes it; and nothing is cached for the
 * opaque origin. In every profile a cached {@code *} never covers {@code Authorization}: Chromium
 * lets the preflight's {@code *} cover it, but not the cache's, so the next such request is
 * preflighted again. Under {@link BrowserProfile#FIREFOX} the cache follows Firefox's (see there):
 * names only, {@code HEAD} not exempt, and a URL's entries removed when one of its responses fails
 * the CORS check.
 *
 * <p>A lookup needs an entry stored for the request's origin and URL, even when the request needs
 * no method or header from it (which only a redirect hop that Firefox preflights anyway can be);
 * such an entry stays, its names expired, until it is removed, as Firefox keeps it.
 *
 * <p>Mutable, as a browser's cache is, and not thread-safe: one per simulated browser.
 */
public final class PreflightCache {

	/** Chromium caps a preflight's {@code Access-Control-Max-Age} at two hours ({@link BrowserProfile#maxAgeCap()}). */
	public static final Duration CHROMIUM_MAX_AGE_CAP = BrowserProfile.CHROMIUM.maxAgeCap();

	/** Fetch: without a valid {@code Access-Control-Max-Age}, a preflight is cached for 5 seconds. */
	public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(5);

	private final List<Entry> entries = new ArrayList<>();

	private final Set<Key> keys = new HashSet<>();

	private final BrowserProfile profile;

	/**
	 * An empty cache of a browser that follows the Fetch standard.
	 */
	public PreflightCache() {
		this(BrowserProfile.FETCH_STANDARD);
	}

	/**
	 * An empty cache of the given browser.
	 * @param profile the browser, whose rules also judge the preflights of fetches through this cache
	 */
	public PreflightCache(BrowserProfile profile) {
		this.profile = Objects.requireNonNull(profile, "profile");
	}

	/**
	 * The browser this cache belongs to.
	 * @return its profile
	 */
	public BrowserProfile profile() {
		return this.profile;
	}

	/**
	 * Whether the cache spares the request its preflight at {@code now}.
	 * @param request the request
	 * @param url the request's URL (the cache is keyed by it)
	 * @param now the browser's time
	 * @return true if a matching entry covers its method and each CORS-unsafe header name
	 */
	public boolean covers(BrowserRequest request, String url, Instant now) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(now, "now");
		if (request.privateNetworkAccess() || !cachesOrigin(request)) {
			return false;
		}
		evictExpired(now);
		boolean covered = hasKey(request, url) && isCovered(request, url);
		if (!covered && this.profile.oneCacheEntryPerUrl()) {
			forget(request.origin(), url);
		}
		return covered;
	}

	/** A '*' is a wildcard only in an entry stored without credentials, as Fetch stores it. */
	private boolean isCovered(BrowserRequest request, String url) {
		if (!exemptsMethod(request.method())
				&& !matches(request, url, (entry) -> entry.method != null
						&& (entry.method.equals(request.method()) || (entry.method.equals("*") && wildcard(entry))))) {
			return false;
		}
		for (String name : CorsSafelist.corsUnsafeRequestHeaderNames(request.headers())) {
			// in every profile: Chromium's cache never lets '*' cover Authorization, though its preflight check does
			boolean nonWildcard = CorsSafelist.isCorsNonWildcardRequestHeaderName(name);
			if (!matches(request, url, (entry) -> entry.headerName != null
					&& (entry.headerName.equalsIgnoreCase(name) || (entry.headerName.equals("*") && wildcard(entry) && !nonWildcard)))) {
				return false;
			}
		}
		return true;
	}

	/** The standard exempts the CORS-safelisted methods; Firefox only GET and POST. */
	private boolean exemptsMethod(String method) {
		return CorsSafelist.isCorsSafelistedMethod(method) && (this.profile.cacheExemptsHead() || !method.equals("HEAD"));
	}

	/** Whether a cached '*' is a wildcard: stored without credentials, in a browser whose cache honours it. */
	private boolean wildcard(Entry entry) {
		return !entry.key.credentials && this.profile.cachedWildcardsCover();
	}

	/**
	 * Stores what a successful preflight allows, as Fetch does after "CORS-preflight fetch".
	 * @param request the request the preflight was for
	 * @param url the request's URL
	 * @param response the successful preflight's response
	 * @param now the browser's time
	 */
	public void store(BrowserRequest request, String url, BrowserResponse response, Instant now) {
		Objects.requireNonNull(response, "response");
		Duration lifetime = lifetime(response, this.profile);
		if (lifetime.isZero() || !cachesOrigin(request)) {
			return;
		}
		if (this.profile.oneCacheEntryPerUrl()) {
			forget(request.origin(), url);
		}
		Instant expires = now.plus(lifetime);
		Key key = new Key(request.origin(), url, request.credentialsMode() == CredentialsMode.INCLUDE);
		this.keys.add(key);
		String allowMethods = response.header(CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS);
		List<String> methods = (allowMethods != null) ? HttpChars.listItems(allowMethods) : List.of();
		if (methods.isEmpty() && this.profile.cacheExemptsHead()) {
			// Fetch stores the request's method; Firefox stores only what the preflight names
			methods = List.of(request.method());
		}
		for (String method : methods) {
			put(new Entry(key, method, null, expires));
		}
		String allowHeaders = response.header(CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS);
		for (String name : (allowHeaders != null) ? HttpChars.listItems(allowHeaders) : List.<String>of()) {
			put(new Entry(key, null, name, expires));
		}
	}

	/**
	 * A response to a request from the page, at the URL, failed the CORS check: under
	 * {@link BrowserProfile#failedCheckClearsCache()} the URL's entries go, with and without
	 * credentials.
	 * @param request the request, with the origin its preflights carry
	 * @param url the URL the failing response came from
	 */
	void failedCheck(BrowserRequest request, String url) {
		if (this.profile.failedCheckClearsCache()) {
			forget(request.origin(), url);
		}
	}

	/**
	 * How many entries the cache holds, expired ones included until the next lookup.
	 * @return the number of entries
	 */
	public int size() {
		return this.entries.size();
	}

	private boolean cachesOrigin(BrowserRequest request) {
		return this.profile.cachesOpaqueOrigin() || !request.origin().equals("null");
	}

	/** An entry matches when its key spares the request and it is of the kind asked for. */
	private boolean matches(BrowserRequest request, String url, Predicate<Entry> kind) {
		for (Entry entry : this.entries) {
			if (spares(entry.key, request, url) && kind.test(entry)) {
				return true;
			}
		}
		return false;
	}

	private boolean hasKey(BrowserRequest request, String url) {
		return this.keys.stream().anyMatch((key) -> spares(key, request, url));
	}

	/**
	 * Whether what is filed under the key may spare the request: its origin and URL, and
	 * credentials that cover the request's (the same flag, where the cache is keyed on it).
	 */
	private boolean spares(Key key, BrowserRequest request, String url) {
		boolean include = request.credentialsMode() == CredentialsMode.INCLUDE;
		boolean credentials = this.profile.cacheKeyedOnCredentials() ? key.credentials == include
				: (key.credentials || !include);
		return credentials && key.origin.equals(request.origin()) && key.url.equals(url);
	}

	/** A new entry replaces one with the same key, method and header name (Fetch: its max-age is updated). */
	private void put(Entry entry) {
		this.entries.removeIf((existing) -> existing.sameSlot(entry));
		this.entries.add(entry);
	}

	private void forget(String origin, String url) {
		this.entries.removeIf((entry) -> entry.key.filesUnder(origin, url));
		this.keys.removeIf((key) -> key.filesUnder(origin, url));
	}

	private void evictExpired(Instant now) {
		for (Iterator<Entry> it = this.entries.iterator(); it.hasNext();) {
			if (!now.isBefore(it.next().expires)) {
				it.remove();
			}
		}
	}

	/** What a stored preflight is filed under: origin, URL and whether credentials were included. */
	private record Key(String origin, String url, boolean credentials) {

		boolean filesUnder(String origin, String url) {
			return this.origin.equals(origin) && this.url.equals(url);
		}

	}

	/** A method or a header name a preflight allowed, under its key, until it expires. */
	private record Entry(Key key, @Nullable String method, @Nullable String headerName, Instant expires) {

		boolean sameSlot(Entry other) {
			return this.key.equals(other.key) && Objects.equals(this.method, other.method)
					&& (this.headerName == null ? other.headerName == null : this.headerName.equalsIgnoreCase(other.headerName));
		}

	}

	/**
	 * How long a browser caches a successful preflight: {@code Access-Control-Max-Age} as a
	 * non-negative decimal integer of seconds ({@code delta-seconds}: digits only; leading and
	 * trailing HTTP tab or space, which an HTTP parser strips, are ignored), else Fetch's default
	 * of 5 seconds (absent, negative, not a number, or given more than once); capped at
	 * {@link #CHROMIUM_MAX_AGE_CAP}. {@code 0} means the result is not cached.
	 *
	 * @param response the response to the preflight
	 * @return the cache lifetime, from zero to {@link #CHROMIUM_MAX_AGE_CAP}
	 */
	public static Duration lifetime(BrowserResponse response) {
		return lifetime(response, BrowserProfile.CHROMIUM);
	}

	/**
	 * How long the given browser caches a successful preflight: as
	 * {@link #lifetime(BrowserResponse)} reads it, capped at the browser's
	 * {@link BrowserProfile#maxAgeCap()}; where it does not
	 * {@link BrowserProfile#defaultsMalformedMaxAge() default a malformed value} (Firefox), a value
	 * that is not digits caches nothing, while an absent or empty one still means 5 seconds.
	 * @param response the response to the preflight
	 * @param profile the browser
	 * @return the cache lifetime, from zero to the browser's cap
	 */
	public static Duration lifetime(BrowserResponse response, BrowserProfile profile) {
		Objects.requireNonNull(profile, "profile");
		return lifetime(response, profile.maxAgeCap(), profile.defaultsMalformedMaxAge() ? DEFAULT_LIFETIME : Duration.ZERO);
	}

	private static Duration lifetime(BrowserResponse response, Duration cap, Duration malformed) {
		Objects.requireNonNull(response, "response");
		String maxAge = response.header(CorsHeaders.ACCESS_CONTROL_MAX_AGE);
		if (maxAge == null) {
			return DEFAULT_LIFETIME;
		}
		String digits = HttpChars.trimHttpTabOrSpace(maxAge);
		if (digits.isEmpty()) {
			return DEFAULT_LIFETIME;
		}
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return malformed;
			}
		}
		String significant = digits.replaceFirst("^0+(?=.)", "");
		if (significant.length() > 18) {
			return cap;
		}
		Duration lifetime = Duration.ofSeconds(Long.parseLong(significant));
		return lifetime.compareTo(cap) > 0 ? cap : lifetime;
	}

}
