package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.origin.OriginSyntax;

/**
 * Fetch's algorithms for a cross-origin request in "{@code cors}" mode, as a browser runs them:
 * whether a CORS preflight is needed and what it carries, the "CORS check", the checks of the
 * "CORS-preflight fetch", and which response headers a script may read.
 *
 * <p>{@link #needsPreflight(BrowserRequest)} answers as if the CORS-preflight cache held nothing for
 * the request; the {@code fetch} overloads that take a {@link PreflightCache} consult one, and one
 * of them follows redirects.
 */
public final class BrowserCorsCheck {

	/** Chromium caps a preflight's {@code Access-Control-Max-Age} at two hours. */
	public static final Duration CHROMIUM_MAX_AGE_CAP = Duration.ofSeconds(7200);

	/** Fetch: without a valid {@code Access-Control-Max-Age}, a preflight is cached for 5 seconds. */
	public static final Duration DEFAULT_PREFLIGHT_CACHE_LIFETIME = Duration.ofSeconds(5);

	private static final String ORIGIN = CorsHeaders.ORIGIN;
	private static final String ACAO = CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
	private static final String ACAC = CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
	private static final String ACAM = CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
	private static final String ACAH = CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
	private static final String ACMA = CorsHeaders.ACCESS_CONTROL_MAX_AGE;
	private static final String ACEH = CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
	private static final String ACAPN = CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
	private static final String ACRM = CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD;
	private static final String ACRH = CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS;
	private static final String ACRPN = CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
	private static final String NO_PREFLIGHT_RESPONSE = "no response to the preflight";

	private static final String INCLUDE_NOTE = " ('*' is only a wildcard when the credentials mode is not 'include')";

	private BrowserCorsCheck() {
	}

	/**
	 * Whether the browser sends a CORS preflight (an {@code OPTIONS} request) before the request:
	 * Fetch's main fetch does so when the method is not a CORS-safelisted method or the
	 * CORS-unsafe request-header names of the request's headers are not empty; Chromium's Private
	 * Network Access also forces one.
	 *
	 * @param request the request
	 * @return whether a preflight is sent (with an empty CORS-preflight cache)
	 */
	public static boolean needsPreflight(BrowserRequest request) {
		Objects.requireNonNull(request, "request");
		return !CorsSafelist.isCorsSafelistedMethod(request.method())
				|| !CorsSafelist.corsUnsafeRequestHeaderNames(request.headers()).isEmpty()
				|| request.privateNetworkAccess();
	}

	/**
	 * The CORS headers of the browser's preflight, per Fetch "CORS-preflight fetch", in this order:
	 * {@code Origin}; {@code Access-Control-Request-Method} (the request's method);
	 * {@code Access-Control-Request-Headers} (the CORS-unsafe request-header names joined with
	 * {@code ","}, no space) only when there are any; and, for Private Network Access,
	 * {@code Access-Control-Request-Private-Network: true}.
	 *
	 * <p>Headers every request carries and that CORS does not look at ({@code Accept: *}{@code /*},
	 * {@code User-Agent}, {@code Sec-Fetch-*}, ...) are left out.
	 *
	 * @param request the request
	 * @return the preflight's CORS headers (immutable)
	 */
	public static List<HeaderField> preflightRequestHeaders(BrowserRequest request) {
		Objects.requireNonNull(request, "request");
		List<HeaderField> headers = new ArrayList<>(4);
		headers.add(new HeaderField(ORIGIN, request.origin()));
		headers.add(new HeaderField(ACRM, request.method()));
		List<String> unsafeNames = CorsSafelist.corsUnsafeRequestHeaderNames(request.headers());
		if (!unsafeNames.isEmpty()) {
			headers.add(new HeaderField(ACRH, String.join(",", unsafeNames)));
		}
		if (request.privateNetworkAccess()) {
			headers.add(new HeaderField(ACRPN, "true"));
		}
		return List.copyOf(headers);
	}

	/**
	 * The headers of the actual request that CORS is about: the author headers (forbidden ones
	 * already dropped by {@link BrowserRequest}) followed by {@code Origin}, which Fetch appends to
	 * every cross-origin "{@code cors}" request.
	 *
	 * @param request the request
	 * @return the author headers plus {@code Origin} (immutable)
	 */
	public static List<HeaderField> actualRequestHeaders(BrowserRequest request) {
		Objects.requireNonNull(request, "request");
		List<HeaderField> headers = new ArrayList<>(request.headers());
		headers.add(new HeaderField(ORIGIN, request.origin()));
		return List.copyOf(headers);
	}

	/**
	 * Fetch "CORS check": let origin be the response's {@code Access-Control-Allow-Origin} (all its
	 * values combined); if null, failure; if the credentials mode is not "{@code include}" and
	 * origin is {@code *}, success; if the request's origin is not byte-for-byte origin, failure
	 * (so a different case, a trailing slash or a list "{@code a, b}" fails); if the credentials
	 * mode is not "{@code include}", success; success only if
	 * {@code Access-Control-Allow-Credentials} is exactly {@code true} (byte-case-sensitive).
	 *
	 * @param request  the request
	 * @param response the response (to the preflight or to the actual request)
	 * @return the result
	 */
	public static CorsCheckResult corsCheck(BrowserRequest request, BrowserResponse response) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(response, "response");
		boolean include = request.credentialsMode() == CredentialsMode.INCLUDE;
		String allowOrigin = response.header(ACAO);
		if (allowOrigin == null) {
			return CorsCheckResult.fail(CorsFailure.NO_ALLOW_ORIGIN, "No " + ACAO + " header is present (origin '"
					+ request.origin() + "')");
		}
		if (!include && allowOrigin.equals("*")) {
			return CorsCheckResult.pass();
		}
		if (!request.origin().equals(allowOrigin)) {
			if (include && allowOrigin.equals("*")) {
				return CorsCheckResult.fail(CorsFailure.WILDCARD_ORIGIN_WITH_CREDENTIALS, ACAO + " '*' cannot be used when the credentials mode is "
						+ "'include'; it must be the origin '" + request.origin() + "'");
			}
			return CorsCheckResult.fail(CorsFailure.ORIGIN_MISMATCH, ACAO + " '" + allowOrigin + "' does not match origin '"
					+ request.origin() + "'");
		}
		if (!include) {
			return CorsCheckResult.pass();
		}
		String allowCredentials = response.header(ACAC);
		if (!"true".equals(allowCredentials)) {
			return CorsCheckResult.fail(CorsFailure.CREDENTIALS_NOT_ALLOWED, describe(ACAC, allowCredentials)
					+ " is not 'true', as the credentials mode 'include' requires");
		}
		return CorsCheckResult.pass();
	}

	/**
	 * The checks a browser makes on the response to its preflight, per Fetch "CORS-preflight
	 * fetch", in this order:
	 * <ol>
	 * <li>the CORS check passes and the status is an ok status (200 to 299);</li>
	 * <li>{@code Access-Control-Allow-Methods} and {@code Access-Control-Allow-Headers} parse
	 * ("extract header list values": comma-separated, HTTP tab or space trimmed, empty items
	 * ignored, every item a token);</li>
	 * <li>for Private Network Access, {@code Access-Control-Allow-Private-Network} is exactly
	 * {@code true};</li>
	 * <li>the method is listed (byte-case-sensitively), or is a CORS-safelisted method, or the list
	 * holds {@code *} and the credentials mode is not "{@code include}";</li>
	 * <li>an {@code Authorization} request header (CORS non-wildcard request-header name) is
	 * listed by name, byte-case-insensitively: {@code *} never covers it;</li>
	 * <li>every CORS-unsafe request-header name is listed, byte-case-insensitively, or the list
	 * holds {@code *} and the credentials mode is not "{@code include}".</li>
	 * </ol>
	 * A failure is a network error: the actual request is never sent.
	 *
	 * @param request  the request the preflight was for
	 * @param response the response to the preflight
	 * @return the result, with the cache lifetime from {@link #preflightCacheLifetime(BrowserResponse)}
	 *         when passed
	 */
	public static PreflightResult checkPreflightResponse(BrowserRequest request, BrowserResponse response) {
		return checkPreflightResponse(request, response, BrowserProfile.FETCH_STANDARD);
	}

	/**
	 * As {@link #checkPreflightResponse(BrowserRequest, BrowserResponse)}, for the given browser:
	 * where {@link BrowserProfile#starCoversAuthorization()} step 5 is skipped, so {@code *} covers
	 * {@code Authorization} as it covers any other name.
	 *
	 * @param request  the request the preflight was for
	 * @param response the response to the preflight
	 * @param profile  the browser
	 * @return the result
	 */
	public static PreflightResult checkPreflightResponse(BrowserRequest request, BrowserResponse response,
			BrowserProfile profile) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(response, "response");
		CorsCheckResult cors = corsCheck(request, response);
		if (!cors.passed()) {
			return PreflightResult.fail(cors.kind(), cors.failure());
		}
		if (response.status() < 200 || response.status() > 299) {
			return PreflightResult.fail(CorsFailure.PREFLIGHT_STATUS_NOT_OK, "Preflight response status " + response.status()
					+ " is not an ok status (200-299)");
		}
		String allowMethods = response.header(ACAM);
		String allowHeaders = response.header(ACAH);
		String badMethod = allowMethods == null ? null : HttpChars.firstNonTokenItem(allowMethods);
		if (badMethod != null) {
			return PreflightResult.fail(CorsFailure.MALFORMED_ALLOW_LIST, describe(ACAM, allowMethods) + " holds '" + badMethod
					+ "', which is not a method token");
		}
		String badName = allowHeaders == null ? null : HttpChars.firstNonTokenItem(allowHeaders);
		if (badName != null) {
			return PreflightResult.fail(CorsFailure.MALFORMED_ALLOW_LIST, describe(ACAH, allowHeaders) + " holds '" + badName
					+ "', which is not a header name token");
		}
		if (request.privateNetworkAccess()) {
			String allowPrivateNetwork = response.header(ACAPN);
			if (!"true".equals(allowPrivateNetwork)) {
				return PreflightResult.fail(CorsFailure.PRIVATE_NETWORK_NOT_ALLOWED, describe(ACAPN, allowPrivateNetwork)
						+ " is not 'true', as a private network request requires");
			}
		}
		boolean include = request.credentialsMode() == CredentialsMode.INCLUDE;
		List<String> methods = allowMethods == null ? List.of() : HttpChars.listItems(allowMethods);
		List<String> headerNames = allowHeaders == null ? List.of() : HttpChars.listItems(allowHeaders);

		String method = request.method();
		if (!methods.contains(method) && !CorsSafelist.isCorsSafelistedMethod(method)
				&& (include || !methods.contains("*"))) {
			return PreflightResult.fail(CorsFailure.METHOD_NOT_ALLOWED, "Method '" + method + "' is not allowed by "
					+ describe(ACAM, allowMethods) + (include && methods.contains("*") ? INCLUDE_NOTE : ""));
		}
		for (HeaderField header : request.headers()) {
			if (!profile.starCoversAuthorization() && CorsSafelist.isCorsNonWildcardRequestHeaderName(header.name())
					&& !HttpChars.containsIgnoreCase(headerNames, header.name())) {
				return PreflightResult.fail(CorsFailure.AUTHORIZATION_NOT_LISTED, "Request header '" + AsciiCase.toLowerCase(header.name())
						+ "' is not allowed by " + describe(ACAH, allowHeaders)
						+ " ('*' never covers Authorization: it must be listed by name)");
			}
		}
		for (String unsafeName : CorsSafelist.corsUnsafeRequestHeaderNames(request.headers())) {
			if (!HttpChars.containsIgnoreCase(headerNames, unsafeName)
					&& (include || !headerNames.contains("*"))) {
				return PreflightResult.fail(CorsFailure.HEADER_NOT_ALLOWED, "Request header '" + unsafeName + "' is not allowed by "
						+ describe(ACAH, allowHeaders) + (include && headerNames.contains("*") ? INCLUDE_NOTE : ""));
			}
		}
		return PreflightResult.pass(preflightCacheLifetime(response));
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
	public static Duration preflightCacheLifetime(BrowserResponse response) {
		Objects.requireNonNull(response, "response");
		String maxAge = response.header(ACMA);
		if (maxAge == null) {
			return DEFAULT_PREFLIGHT_CACHE_LIFETIME;
		}
		String digits = HttpChars.trimHttpTabOrSpace(maxAge);
		if (digits.isEmpty()) {
			return DEFAULT_PREFLIGHT_CACHE_LIFETIME;
		}
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return DEFAULT_PREFLIGHT_CACHE_LIFETIME;
			}
		}
		String significant = digits.replaceFirst("^0+(?=.)", "");
		if (significant.length() > 18) {
			return CHROMIUM_MAX_AGE_CAP;
		}
		Duration lifetime = Duration.ofSeconds(Long.parseLong(significant));
		return lifetime.compareTo(CHROMIUM_MAX_AGE_CAP) > 0 ? CHROMIUM_MAX_AGE_CAP : lifetime;
	}

	/**
	 * The CORS check on the response to the actual request. The status does not matter: a 404 or
	 * 500 with the right headers passes, and the page can read it.
	 *
	 * @param request  the request
	 * @param response the response to the actual request
	 * @return the result of {@link #corsCheck(BrowserRequest, BrowserResponse)}
	 */
	public static CorsCheckResult checkActualResponse(BrowserRequest request, BrowserResponse response) {
		return corsCheck(request, response);
	}

	/**
	 * The byte-lowercased names of the response headers a script may read through
	 * {@code response.headers} (Fetch's "CORS filtered response" with the response's "CORS-exposed
	 * header-name list"): the CORS-safelisted response-header names present in the response, plus
	 * the names listed in {@code Access-Control-Expose-Headers} that are present. A {@code *} in
	 * that list exposes every present header when the credentials mode is not "{@code include}"
	 * (with "{@code include}" it is only a literal name). {@code Set-Cookie} and
	 * {@code Set-Cookie2} are never readable. When {@code Access-Control-Expose-Headers} does not
	 * parse as a list of tokens it exposes nothing.
	 *
	 * @param request  the request
	 * @param response the response to the actual request
	 * @return the readable names in ascending order (immutable); empty when the CORS check fails
	 */
	public static Set<String> readableResponseHeaderNames(BrowserRequest request, BrowserResponse response) {
		if (!checkActualResponse(request, response).passed()) {
			return Set.of();
		}
		String exposeHeaders = response.header(ACEH);
		List<String> exposed = exposeHeaders == null || HttpChars.firstNonTokenItem(exposeHeaders) != null
				? List.of()
				: HttpChars.listItems(exposeHeaders);
		boolean exposeAll = request.credentialsMode() != CredentialsMode.INCLUDE && exposed.contains("*");
		TreeSet<String> readable = new TreeSet<>();
		for (HeaderField header : response.headers()) {
			String name = header.name();
			if (CorsSafelist.isForbiddenResponseHeaderName(name)) {
				continue;
			}
			if (exposeAll || CorsSafelist.isCorsSafelistedResponseHeaderName(name)
					|| HttpChars.containsIgnoreCase(exposed, name)) {
				readable.add(AsciiCase.toLowerCase(name));
			}
		}
		return Collections.unmodifiableSortedSet(readable);
	}

	/**
	 * The CORS part of a {@code fetch()} as a browser runs it against a server: the preflight when
	 * {@link #needsPreflight(BrowserRequest)} says so, judged by
	 * {@link #checkPreflightResponse(BrowserRequest, BrowserResponse)}; then, unless that failed,
	 * the actual request, judged by {@link #checkActualResponse(BrowserRequest, BrowserResponse)},
	 * and the headers the page may read.
	 *
	 * @param request the request the page makes
	 * @param server answers each request the browser sends (the headers are those of
	 * {@link #preflightRequestHeaders(BrowserRequest)} or {@link #actualRequestHeaders(BrowserRequest)})
	 * @return what the page gets
	 */
	public static FetchOutcome fetch(BrowserRequest request, Server server) {
		return fetch(request, "", server, new PreflightCache(), Instant.EPOCH);
	}

	/**
	 * The CORS part of a {@code fetch()} by a browser that keeps a {@link PreflightCache}: as
	 * {@link #fetch(BrowserRequest, Server)}, except that no preflight is sent when the cache
	 * covers the request at {@code now}, and that a passing preflight is stored in it. The cache's
	 * {@link PreflightCache#profile() profile} says which browser's rules judge the preflight.
	 *
	 * @param request the request the page makes
	 * @param url the request's URL, which keys the cache
	 * @param server answers each request the browser sends
	 * @param cache the browser's preflight cache, read and written
	 * @param now the browser's time
	 * @return what the page gets
	 */
	public static FetchOutcome fetch(BrowserRequest request, String url, Server server, PreflightCache cache,
			Instant now) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(server, "server");
		Objects.requireNonNull(cache, "cache");
		Hop hop = hop(request, url, server, cache, now, false);
		return hop.outcome != null ? hop.outcome : finish(request, hop.response, hop.preflighted);
	}

	/**
	 * A whole {@code fetch()} in "{@code cors}" mode with redirect mode "{@code follow}", as a
	 * browser with a {@link PreflightCache} runs it: each hop as
	 * {@link #fetch(BrowserRequest, String, Server, PreflightCache, Instant)}, where a redirect
	 * (301, 302, 303, 307 or 308 with a {@code Location}) must pass the CORS check itself and is
	 * then followed per Fetch "HTTP-redirect fetch":
	 * <ul>
	 * <li>at most 20 redirects; a {@code Location} that does not parse, is not HTTP(S) or holds
	 * credentials is a network error;</li>
	 * <li>a 301 or 302 turns {@code POST} into {@code GET}, a 303 turns every method but
	 * {@code GET} and {@code HEAD} into {@code GET}; the request-body headers
	 * ({@code Content-Type}, {@code -Encoding}, {@code -Language}, {@code -Location}) go with the
	 * body;</li>
	 * <li>a redirect to another origin drops {@code Authorization};</li>
	 * <li>a redirect to another origin from a URL that was itself cross-origin to the page taints
	 * the request's origin: every later request sends {@code Origin: null}, and the server must
	 * allow {@code null} (or {@code *}) from then on;</li>
	 * <li>the redirected request gets its own preflight when it needs one, looked up in the cache
	 * under its new URL.</li>
	 * </ul>
	 *
	 * @param request the request the page makes
	 * @param url the request's URL
	 * @param network answers each request the browser sends, at the URL it is sent to
	 * @param cache the browser's preflight cache, read and written
	 * @param now the browser's time
	 * @return what the page gets: the final response's readability and readable headers
	 */
	public static FetchOutcome fetch(BrowserRequest request, URI url, Network network, PreflightCache cache,
			Instant now) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(cache, "cache");
		BrowserRequest current = request;
		URI currentUrl = url;
		boolean preflighted = false;
		for (int redirects = 0;; redirects++) {
			URI target = currentUrl;
			Hop hop = hop(current, target.toString(), (method, headers) -> network.respond(target, method, headers),
					cache, now, preflighted);
			preflighted = hop.preflighted;
			if (hop.outcome != null) {
				return hop.outcome;
			}
			FetchRedirect redirect = FetchRedirect.of(hop.response, current, currentUrl);
			if (redirect == null) {
				return finish(current, hop.response, preflighted);
			}
			if (redirect.failure() != null) {
				return FetchOutcome.blocked(preflighted, CorsFailure.REDIRECT_NOT_FOLLOWED, redirect.failure());
			}
			if (redirects == FetchRedirect.MAX_REDIRECTS) {
				return FetchOutcome.blocked(preflighted, CorsFailure.REDIRECT_NOT_FOLLOWED, "more than " + FetchRedirect.MAX_REDIRECTS + " redirects");
			}
			current = redirect.request();
			currentUrl = redirect.location();
		}
	}

	/** One request of a fetch, with its preflight: the response, or the outcome when it ends the fetch. */
	private static Hop hop(BrowserRequest request, String url, Server server, PreflightCache cache, Instant now,
			boolean preflightedBefore) {
		boolean preflight = needsPreflight(request) && !cache.covers(request, url, now);
		boolean preflighted = preflightedBefore || preflight;
		if (preflight) {
			BrowserResponse response = server.respond("OPTIONS", preflightRequestHeaders(request));
			if (response == null) {
				return new Hop(null, true, FetchOutcome.blocked(true, CorsFailure.NO_RESPONSE, NO_PREFLIGHT_RESPONSE));
			}
			PreflightResult result = checkPreflightResponse(request, response, cache.profile());
			if (!result.passed()) {
				return new Hop(null, true, FetchOutcome.blocked(true, result.kind(), "the preflight fails: " + result.failure()));
			}
			cache.store(request, url, response, now);
		}
		BrowserResponse response = server.respond(request.method(), actualRequestHeaders(request));
		if (response == null) {
			return new Hop(null, preflighted, FetchOutcome.blocked(preflighted, CorsFailure.NO_RESPONSE, "no response to the request"));
		}
		CorsCheckResult result = checkActualResponse(request, response);
		if (!result.passed()) {
			return new Hop(null, preflighted,
					FetchOutcome.blocked(preflighted, result.kind(), "the response fails the CORS check: " + result.failure()));
		}
		return new Hop(response, preflighted, null);
	}

	private static FetchOutcome finish(BrowserRequest request, BrowserResponse response, boolean preflighted) {
		return new FetchOutcome(preflighted, true, null, readableResponseHeaderNames(request, response), null);
	}

	private record Hop(BrowserResponse response, boolean preflighted, FetchOutcome outcome) {
	}

	/**
	 * The preflight alone, as a browser sends and judges it before a request that needs one:
	 * whether it would let the request go.
	 *
	 * @param request the request the preflight is for
	 * @param server answers the preflight
	 * @return the result, failed when the server gives no response
	 */
	public static PreflightResult preflight(BrowserRequest request, Server server) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(server, "server");
		BrowserResponse response = server.respond("OPTIONS", preflightRequestHeaders(request));
		return (response != null) ? checkPreflightResponse(request, response) : PreflightResult.fail(CorsFailure.NO_RESPONSE, NO_PREFLIGHT_RESPONSE);
	}

	/**
	 * The server a {@link #fetch(BrowserRequest, Server) fetch} talks to.
	 */
	@FunctionalInterface
	public interface Server {

		/**
		 * Answers one request from the browser.
		 * @param method the method ({@code OPTIONS} for the preflight)
		 * @param headers the request's CORS-relevant headers
		 * @return the response, or null when there is none
		 */
		BrowserResponse respond(String method, List<HeaderField> headers);

	}

	/**
	 * The serialized origin of an HTTP(S) URL, as Fetch compares origins: scheme and host in lower
	 * case, and the port unless it is the scheme's default.
	 *
	 * @param url an absolute HTTP(S) URL
	 * @return e.g. {@code https://api.example.com} or {@code http://localhost:8080}
	 */
	public static String originOf(URI url) {
		String scheme = AsciiCase.toLowerCase(url.getScheme());
		int port = url.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		return scheme + "://" + AsciiCase.toLowerCase(url.getHost()) + (defaultPort ? "" : ":" + port);
	}

	/**
	 * Whether a value is an origin as a browser serializes it into {@code Origin}: scheme, host and
	 * a non-default port only, in lower case, without a path or a trailing slash; or {@code null},
	 * the opaque origin.
	 * @param value the value
	 * @return true if a browser could send it as its {@code Origin}
	 */
	public static boolean isSerializedOrigin(String value) {
		return OriginSyntax.isCanonical(value);
	}

	/**
	 * The network a redirect-following {@link #fetch(BrowserRequest, URI, Network, PreflightCache, Instant)
	 * fetch} talks to: any server, at any URL.
	 */
	@FunctionalInterface
	public interface Network {

		/**
		 * Answers one request from the browser.
		 * @param url the URL the request is sent to
		 * @param method the method ({@code OPTIONS} for a preflight)
		 * @param headers the request's CORS-relevant headers
		 * @return the response, or null when there is none
		 */
		BrowserResponse respond(URI url, String method, List<HeaderField> headers);

	}

	/**
	 * What a page gets from a {@code fetch()}.
	 *
	 * @param preflighted whether the browser sent a preflight first
	 * @param readable whether the page can read the response (the promise resolves)
	 * @param failure why not, when not readable; null otherwise
	 * @param readableHeaderNames the lower-case response header names the page can read
	 * @param failureKind which check failed, when not readable; null otherwise
	 */
	public record FetchOutcome(boolean preflighted, boolean readable, String failure, Set<String> readableHeaderNames,
			CorsFailure failureKind) {

		static FetchOutcome blocked(boolean preflighted, CorsFailure kind, String failure) {
			return new FetchOutcome(preflighted, false, failure, Set.of(), kind);
		}

	}

	private static String describe(String headerName, String value) {
		return value == null ? headerName + " (absent)" : headerName + " '" + value + "'";
	}
}
