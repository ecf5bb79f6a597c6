package io.crossorigin.cors;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision.Kind;
import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.http.FieldList;
import io.crossorigin.cors.internal.http.HttpTokens;
import io.crossorigin.cors.internal.http.VaryHeader;
import io.crossorigin.cors.internal.origin.OriginMatcher.Match;
import io.crossorigin.cors.internal.origin.OriginSyntax;

import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
import static io.crossorigin.cors.CorsHeaders.AUTHORIZATION;
import static io.crossorigin.cors.CorsHeaders.COOKIE;
import static io.crossorigin.cors.CorsHeaders.ORIGIN;
import static io.crossorigin.cors.CorsHeaders.UPGRADE;
import static io.crossorigin.cors.CorsHeaders.VARY;

/**
 * Decides how a {@link CorsPolicy} answers a request, following the CORS protocol of the Fetch
 * standard, and writes the resulting headers. Stateless and thread-safe; an allowed request
 * allocates nothing, and the work spent on any request is bounded by a few kilobytes of its headers.
 *
 * <ul>
 * <li>No {@code Origin}, or the request's own origin: not a CORS request; only {@code Vary: Origin}
 * is added, except that a policy that shares with everyone ({@code *} without credentials) sends
 * {@code Access-Control-Allow-Origin: *} on every response but preflights, whatever the method or
 * the {@code Origin}, and then needs no {@code Vary}.</li>
 * <li>{@code OPTIONS} with {@code Access-Control-Request-Method}: a preflight, answered 204 with the
 * allow headers, or 403 with no {@code Access-Control-*} header at all.</li>
 * <li>Otherwise an actual CORS request: allowed ones get {@code Access-Control-Allow-Origin} and
 * friends, denied ones none; both proceed.</li>
 * <li>{@code GET} with {@code Upgrade: websocket}: a WebSocket handshake, to which browsers apply no
 * CORS. Decided by the policy's origins alone (and its credentials: without them, a cross-origin
 * handshake carrying {@code Cookie} or {@code Authorization} is refused); the request's own origin
 * and a missing {@code Origin} go on. Nothing is written, whatever the outcome: a refused handshake
 * is answered 403, an allowed one goes on to its handler.</li>
 * </ul>
 */
public final class CorsEngine {

	/** Longest {@code Access-Control-Request-Headers} read; longer ones are refused unread. */
	public static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

	static final String VARY_ACTUAL = ORIGIN;

	static final String VARY_PREFLIGHT = ORIGIN + ", " + ACCESS_CONTROL_REQUEST_METHOD + ", "
			+ ACCESS_CONTROL_REQUEST_HEADERS;

	/** Outcomes of {@link #checkRequestedHeaders}: shared constants, so that checking allocates nothing. */
	private static final CorsDecision NAMES_ALLOWED = CorsDecision.of(Kind.PREFLIGHT_ACCEPTED, CorsReason.ALLOWED);

	private static final CorsDecision NO_NAMES = CorsDecision.of(Kind.NOT_CORS, CorsReason.ALLOWED);

	/**
	 * Creates an engine; it holds no state, so one serves every policy and request.
	 */
	public CorsEngine() {
	}

	/**
	 * Decides how {@code policy} answers {@code request} and writes the headers of that answer.
	 * @param policy the policy that covers the request
	 * @param request the request
	 * @param response the response's headers, written to
	 * @return the decision; for a preflight the caller answers with {@link CorsDecision#status()}
	 * and an empty body instead of passing the request on
	 */
	public CorsDecision decide(CorsPolicy policy, CorsRequest request, CorsResponseHeaders response) {
		return decide(policy.compiled(), request, response);
	}

	private CorsDecision decide(CompiledCorsPolicy policy, CorsRequest request, CorsResponseHeaders response) {
		String origin = request.header(ORIGIN);
		String method = request.method();
		if ("GET".equals(method) && isWebSocketHandshake(request)) {
			return handshake(policy, request, origin);
		}
		if (origin == null || isSameOrigin(origin, request)) {
			return notCors(policy, response, (origin == null) ? CorsReason.NO_ORIGIN : CorsReason.SAME_ORIGIN);
		}
		if ("OPTIONS".equals(method)) {
			String requestedMethod = request.header(ACCESS_CONTROL_REQUEST_METHOD);
			if (requestedMethod != null) {
				return preflight(policy, request, response, origin, requestedMethod);
			}
		}
		return actual(policy, response, origin, method);
	}

	private CorsDecision notCors(CompiledCorsPolicy policy, CorsResponseHeaders response, CorsReason reason) {
		if (policy.sharesWithEveryone()) {
			shareWithEveryone(policy, response);
		}
		else {
			vary(response, VARY_ACTUAL);
		}
		return CorsDecision.of(Kind.NOT_CORS, reason);
	}

	private CorsDecision preflight(CompiledCorsPolicy policy, CorsRequest request, CorsResponseHeaders response, String origin,
			String requestedMethod) {
		vary(response, VARY_PREFLIGHT);
		Match match = policy.matchOrigin(origin);
		if (match != Match.ALLOWED) {
			return originRejected(Kind.PREFLIGHT_REJECTED, match);
		}
		if (!HttpTokens.isToken(requestedMethod)) {
			return CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.METHOD_MALFORMED);
		}
		if (!policy.allowsMethod(requestedMethod)) {
			return CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.METHOD_NOT_ALLOWED);
		}
		String requestedHeaders = request.header(ACCESS_CONTROL_REQUEST_HEADERS);
		boolean headersRequested = false;
		if (requestedHeaders != null) {
			CorsDecision check = checkRequestedHeaders(policy, requestedHeaders);
			if (check != NAMES_ALLOWED && check != NO_NAMES) {
				return check;
			}
			headersRequested = (check == NAMES_ALLOWED);
		}
		boolean privateNetwork = "true".equals(request.header(ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK));
		if (privateNetwork && !policy.allowPrivateNetwork()) {
			return CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.PRIVATE_NETWORK_NOT_ALLOWED);
		}
		if (alreadyAllowed(response)) {
			return CorsDecision.of(Kind.PREFLIGHT_ACCEPTED, CorsReason.ALLOW_ORIGIN_ALREADY_SET);
		}
		writeAllowOrigin(policy, response, origin);
		response.set(ACCESS_CONTROL_ALLOW_METHODS, policy.allowsAnyMethod() ? requestedMethod : policy.allowMethodsValue());
		if (headersRequested && requestedHeaders != null) {
			// the requested names for "*": tabs between them are valid but never written out
			response.set(ACCESS_CONTROL_ALLOW_HEADERS,
					policy.allowsAnyHeader() ? FieldList.normalize(requestedHeaders) : policy.allowHeadersValue());
		}
		response.set(ACCESS_CONTROL_MAX_AGE, policy.maxAgeValue());
		if (privateNetwork) {
			response.set(ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK, "true");
		}
		return CorsDecision.of(Kind.PREFLIGHT_ACCEPTED, CorsReason.ALLOWED);
	}

	private CorsDecision actual(CompiledCorsPolicy policy, CorsResponseHeaders response, String origin, String method) {
		if (policy.sharesWithEveryone()) {
			// the same answer for every Origin, well formed or not, and every method: no Vary
			return shareWithEveryone(policy, response) ? CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOWED)
					: CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOW_ORIGIN_ALREADY_SET);
		}
		vary(response, VARY_ACTUAL);
		Match match = policy.matchOrigin(origin);
		Kind refusal = policy.refusesDisallowedRequests() ? Kind.ACTUAL_REFUSED : Kind.ACTUAL_DENIED;
		if (match != Match.ALLOWED) {
			return originRejected(refusal, match);
		}
		if (!policy.allowsMethod(method)) {
			return CorsDecision.of(refusal, CorsReason.METHOD_NOT_ALLOWED);
		}
		if (alreadyAllowed(response)) {
			return CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOW_ORIGIN_ALREADY_SET);
		}
		writeActualHeaders(policy, response, origin);
		return CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOWED);
	}

	/**
	 * Decides a WebSocket handshake: by the policy's origins and credentials only, since the
	 * browser checks nothing; writes nothing.
	 */
	private static CorsDecision handshake(CompiledCorsPolicy policy, CorsRequest request, @Nullable String origin) {
		if (origin == null) {
			return CorsDecision.of(Kind.HANDSHAKE_ALLOWED, CorsReason.NO_ORIGIN);
		}
		if (isSameOrigin(origin, request)) {
			return CorsDecision.of(Kind.HANDSHAKE_ALLOWED, CorsReason.SAME_ORIGIN);
		}
		Match match = policy.matchOrigin(origin);
		if (match != Match.ALLOWED) {
			return originRejected(Kind.HANDSHAKE_REFUSED, match);
		}
		if (!policy.allowCredentials() && carriesCredentials(request)) {
			return CorsDecision.of(Kind.HANDSHAKE_REFUSED, CorsReason.CREDENTIALS_NOT_ALLOWED);
		}
		return CorsDecision.of(Kind.HANDSHAKE_ALLOWED, CorsReason.ALLOWED);
	}

	/**
	 * Whether a request is a WebSocket handshake: any {@code websocket} in its {@code Upgrade} list,
	 * ignoring ASCII case (RFC 6455 §4.2.1), whatever its {@code Connection}. Wider than what a
	 * server upgrades, so that no handshake a server accepts escapes the check; a browser's
	 * {@code fetch} cannot send {@code Upgrade} (a forbidden request header), so no CORS request is
	 * taken for one. The caller has checked the method is {@code GET}.
	 * @param request the request
	 * @return true for a handshake
	 */
	public static boolean isWebSocketHandshake(CorsRequest request) {
		String upgrade = request.header(UPGRADE);
		return upgrade != null && FieldList.containsIgnoreCase(upgrade, "websocket");
	}

	private static boolean carriesCredentials(CorsRequest request) {
		return request.header(COOKIE) != null || request.header(AUTHORIZATION) != null;
	}

	/**
	 * What a policy that shares with everyone puts on every response it covers but preflights:
	 * {@code Access-Control-Allow-Origin: *} and its exposed headers, unless another component
	 * already wrote an {@code Access-Control-Allow-Origin}.
	 * @return whether the headers were written
	 */
	private static boolean shareWithEveryone(CompiledCorsPolicy policy, CorsResponseHeaders response) {
		if (alreadyAllowed(response)) {
			return false;
		}
		writeActualHeaders(policy, response, "*");
		return true;
	}

	/**
	 * Checks each name of an {@code Access-Control-Request-Headers} value in place: tokens in a
	 * comma-separated list (as {@link FieldList} reads every list), each allowed by the policy.
	 * @return {@link #NAMES_ALLOWED}, {@link #NO_NAMES} (an empty list), or the rejection
	 */
	private static CorsDecision checkRequestedHeaders(CompiledCorsPolicy policy, String value) {
		if (value.length() > MAX_REQUEST_HEADERS_LENGTH) {
			return CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.HEADERS_TOO_LONG);
		}
		return switch (policy.checkHeaderNames(value)) {
			case ALL_HELD -> NAMES_ALLOWED;
			case EMPTY -> NO_NAMES;
			case MALFORMED -> CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.HEADERS_MALFORMED);
			case NOT_HELD -> CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.HEADER_NOT_ALLOWED);
		};
	}

	private static void writeAllowOrigin(CompiledCorsPolicy policy, CorsResponseHeaders response, String origin) {
		if (policy.allowCredentials()) {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
			response.set(ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
		}
		else {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, policy.allowsAnyOrigin() ? "*" : origin);
		}
	}

	/** Allow-origin (and credentials) plus the exposed headers: what an allowed non-preflight response carries. */
	private static void writeActualHeaders(CompiledCorsPolicy policy, CorsResponseHeaders response, String origin) {
		writeAllowOrigin(policy, response, origin);
		String expose = policy.exposeHeadersValue();
		if (expose != null) {
			response.set(ACCESS_CONTROL_EXPOSE_HEADERS, expose);
		}
	}

	private static boolean alreadyAllowed(CorsResponseHeaders response) {
		return response.get(ACCESS_CONTROL_ALLOW_ORIGIN) != null;
	}

	private static void vary(CorsResponseHeaders response, String tokens) {
		String merged = VaryHeader.merge(response.get(VARY), tokens);
		if (merged != null) {
			response.set(VARY, merged);
		}
	}

	private static CorsDecision originRejected(Kind kind, Match match) {
		return CorsDecision.of(kind, (match == Match.MALFORMED) ? CorsReason.ORIGIN_MALFORMED : CorsReason.ORIGIN_NOT_ALLOWED);
	}

	/**
	 * The value a refusal was about, quoted and sanitised for a log line (control and non-ASCII
	 * characters escaped, long values cut to {@value CorsDecision#MAX_DETAIL_LENGTH} characters
	 * and their length given): the origin, the method, the requested-headers list, or the first
	 * requested header the policy does not allow. Read back from the request, so that deciding
	 * allocates nothing and only a caller that logs pays for it.
	 * @param policy the policy that decided
	 * @param request the request it decided
	 * @param decision what it decided
	 * @return the offending value, or null if the decision is no refusal or names no value
	 */
	public static @Nullable String offendingValue(CorsPolicy policy, CorsRequest request, CorsDecision decision) {
		if (!decision.isRejected()) {
			return null;
		}
		String value = switch (decision.reason()) {
			case ORIGIN_MALFORMED, ORIGIN_NOT_ALLOWED -> request.header(ORIGIN);
			case METHOD_MALFORMED, METHOD_NOT_ALLOWED -> decision.isPreflight()
					? request.header(ACCESS_CONTROL_REQUEST_METHOD) : request.method();
			case HEADERS_MALFORMED, HEADERS_TOO_LONG, HEADER_NOT_ALLOWED -> request.header(ACCESS_CONTROL_REQUEST_HEADERS);
			// the names of the credentials, never their values
			case CREDENTIALS_NOT_ALLOWED -> credentialNames(request);
			default -> null;
		};
		if (value == null) {
			return null;
		}
		if (decision.reason() == CorsReason.HEADER_NOT_ALLOWED) {
			String name = FieldList.firstResult(value, policy.compiled(),
					(context, list, from, to) -> context.allowsHeader(list, from, to) ? null
							: CorsDecision.sanitize(list, from, to));
			if (name != null) {
				return name;
			}
		}
		return CorsDecision.sanitize(value, 0, value.length());
	}

	private static @Nullable String credentialNames(CorsRequest request) {
		boolean cookie = request.header(COOKIE) != null;
		boolean authorization = request.header(AUTHORIZATION) != null;
		return (cookie && authorization) ? COOKIE + ", " + AUTHORIZATION : cookie ? COOKIE : authorization ? AUTHORIZATION : null;
	}

	/** Compares {@code scheme://host[:port]} region by region, allocating nothing. */
	static boolean isSameOrigin(String origin, CorsRequest request) {
		String scheme = request.scheme();
		String host = request.host();
		if (scheme == null || host == null) {
			return false;
		}
		int schemeLength = scheme.length();
		if (!AsciiCase.regionMatches(origin, 0, scheme, 0, schemeLength) || !origin.startsWith("://", schemeLength)) {
			return false;
		}
		int hostStart = schemeLength + 3;
		if (!AsciiCase.regionMatches(origin, hostStart, host, 0, host.length())) {
			return false;
		}
		int hostEnd = hostStart + host.length();
		int port = request.port();
		int defaultPort = OriginSyntax.defaultPort(scheme);
		if (hostEnd == origin.length()) {
			return port < 0 || port == defaultPort;
		}
		if (origin.charAt(hostEnd) != ':' || origin.length() - hostEnd < 2 || origin.length() - hostEnd > 6) {
			return false;
		}
		int originPort = 0;
		for (int i = hostEnd + 1; i < origin.length(); i++) {
			char c = origin.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			originPort = originPort * 10 + (c - '0');
		}
		return originPort == ((port < 0) ? defaultPort : port);
	}

}
