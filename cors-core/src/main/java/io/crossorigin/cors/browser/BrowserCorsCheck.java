package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.origin.OriginSyntax;

/**
 * Fetch's checks for a cross-origin request in "{@code cors}" mode, as a browser makes them:
 * whether a CORS preflight is needed, the "CORS check", the checks of the "CORS-preflight fetch",
 * how long a preflight is cached, and which response headers a script may read.
 * {@link BrowserFetch} runs them as a browser's {@code fetch()} does.
 *
 * <p>{@link #needsPreflight(BrowserRequest)} answers as if the CORS-preflight cache held nothing for
 * the request; {@link BrowserFetch}'s {@code fetch} overloads that take a {@link PreflightCache}
 * consult one.
 */
public final class BrowserCorsCheck {

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
	 * @return the result, with the cache lifetime from {@link PreflightCache#lifetime(BrowserResponse)}
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
			// a failed check has its kind and reason, which the result's constructor requires again
			return new PreflightResult(false, cors.failure(), Duration.ZERO, cors.kind());
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
		return PreflightResult.pass(PreflightCache.lifetime(response, profile));
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

	private static String describe(String headerName, @Nullable String value) {
		return value == null ? headerName + " (absent)" : headerName + " '" + value + "'";
	}
}
