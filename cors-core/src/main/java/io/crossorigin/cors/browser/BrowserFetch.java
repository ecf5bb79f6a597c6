package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsHeaders;

/**
 * A browser's {@code fetch()} in "{@code cors}" mode, as far as CORS goes: the requests it sends
 * (a preflight when {@link BrowserCorsCheck#needsPreflight(BrowserRequest)} says so and its
 * {@link PreflightCache} does not cover the request, then the request), each response judged by
 * {@link BrowserCorsCheck}, redirects followed per Fetch "HTTP-redirect fetch", and what the page
 * gets in the end.
 */
public final class BrowserFetch {

	private static final String ORIGIN = CorsHeaders.ORIGIN;
	private static final String ACRM = CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD;
	private static final String ACRH = CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS;
	private static final String ACRPN = CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
	private static final String NO_PREFLIGHT_RESPONSE = "no response to the preflight";

	private BrowserFetch() {
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
	 * The CORS part of a {@code fetch()} as a browser runs it against a server: the preflight when
	 * {@link BrowserCorsCheck#needsPreflight(BrowserRequest)} says so, judged by
	 * {@link BrowserCorsCheck#checkPreflightResponse(BrowserRequest, BrowserResponse)}; then, unless that failed,
	 * the actual request, judged by {@link BrowserCorsCheck#checkActualResponse(BrowserRequest, BrowserResponse)},
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
		Hop hop = hop(request, request, false, url, server, cache, now, false);
		return hop.outcome != null ? hop.outcome : finish(request, hop.response(), hop.preflighted);
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
	 * The cache's {@link PreflightCache#profile() profile} may part from this: Firefox preflights
	 * every hop of a request that needed a preflight, with the page's origin even once the request
	 * is tainted ({@link BrowserProfile#preflightsEveryRedirectHop()},
	 * {@link BrowserProfile#preflightKeepsPageOrigin()}).
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
		BrowserProfile profile = cache.profile();
		boolean everyHop = profile.preflightsEveryRedirectHop() && BrowserCorsCheck.needsPreflight(request);
		BrowserRequest current = request;
		URI currentUrl = url;
		boolean preflighted = false;
		for (int redirects = 0;; redirects++) {
			URI target = currentUrl;
			BrowserRequest preflightAs = profile.preflightKeepsPageOrigin() && !current.origin().equals(request.origin())
					? new BrowserRequest(request.origin(), current.method(), current.headers(), current.credentialsMode(),
							current.privateNetworkAccess())
					: current;
			Hop hop = hop(current, preflightAs, everyHop, target.toString(),
					(method, headers) -> network.respond(target, method, headers), cache, now, preflighted);
			preflighted = hop.preflighted;
			if (hop.outcome != null) {
				return hop.outcome;
			}
			BrowserResponse response = hop.response();
			FetchRedirect redirect = FetchRedirect.of(response, current, currentUrl);
			if (redirect == null) {
				return finish(current, response, preflighted);
			}
			String failure = redirect.failure();
			if (failure != null) {
				return FetchOutcome.blocked(preflighted, CorsFailure.REDIRECT_NOT_FOLLOWED, failure);
			}
			if (redirects == FetchRedirect.MAX_REDIRECTS) {
				return FetchOutcome.blocked(preflighted, CorsFailure.REDIRECT_NOT_FOLLOWED, "more than " + FetchRedirect.MAX_REDIRECTS + " redirects");
			}
			current = redirect.followedRequest();
			currentUrl = redirect.followedLocation();
		}
	}

	/**
	 * One request of a fetch, with its preflight: the response, or the outcome when it ends the
	 * fetch. The preflight is sent as {@code preflightAs} (the request, or under Firefox the
	 * request with the page's origin after a taint), and also when {@code mustPreflight}; the
	 * cache is read and written, and told of failed checks, under the preflight's origin.
	 */
	private static Hop hop(BrowserRequest request, BrowserRequest preflightAs, boolean mustPreflight, String url,
			Server server, PreflightCache cache, Instant now, boolean preflightedBefore) {
		boolean preflight = (mustPreflight || BrowserCorsCheck.needsPreflight(request))
				&& !cache.covers(preflightAs, url, now);
		boolean preflighted = preflightedBefore || preflight;
		if (preflight) {
			BrowserResponse response = server.respond("OPTIONS", preflightRequestHeaders(preflightAs));
			if (response == null) {
				return new Hop(null, true, FetchOutcome.blocked(true, CorsFailure.NO_RESPONSE, NO_PREFLIGHT_RESPONSE));
			}
			PreflightResult result = BrowserCorsCheck.checkPreflightResponse(preflightAs, response, cache.profile());
			if (!result.passed()) {
				if (!BrowserCorsCheck.corsCheck(preflightAs, response).passed()) {
					cache.failedCheck(preflightAs, url);
				}
				return new Hop(null, true, FetchOutcome.blocked(true, result.kind(), "the preflight fails: " + result.failure()));
			}
			cache.store(preflightAs, url, response, now);
		}
		BrowserResponse response = server.respond(request.method(), actualRequestHeaders(request));
		if (response == null) {
			return new Hop(null, preflighted, FetchOutcome.blocked(preflighted, CorsFailure.NO_RESPONSE, "no response to the request"));
		}
		CorsCheckResult result = BrowserCorsCheck.checkActualResponse(request, response);
		if (!result.passed()) {
			cache.failedCheck(preflightAs, url);
			return new Hop(null, preflighted,
					FetchOutcome.blocked(preflighted, result.kind(), "the response fails the CORS check: " + result.failure()));
		}
		return new Hop(response, preflighted, null);
	}

	private static FetchOutcome finish(BrowserRequest request, BrowserResponse response, boolean preflighted) {
		return new FetchOutcome(preflighted, true, null, BrowserCorsCheck.readableResponseHeaderNames(request, response), null);
	}

	/** A hop that does not end the fetch has a response; one that ends it has the outcome instead. */
	private record Hop(@Nullable BrowserResponse answer, boolean preflighted, @Nullable FetchOutcome outcome) {

		/** The response of a hop with no outcome, which has one by construction. */
		BrowserResponse response() {
			return Objects.requireNonNull(this.answer, "a hop that does not end the fetch has a response");
		}

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
		return (response != null) ? BrowserCorsCheck.checkPreflightResponse(request, response) : PreflightResult.fail(CorsFailure.NO_RESPONSE, NO_PREFLIGHT_RESPONSE);
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
		@Nullable BrowserResponse respond(String method, List<HeaderField> headers);

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
		@Nullable BrowserResponse respond(URI url, String method, List<HeaderField> headers);

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
	public record FetchOutcome(boolean preflighted, boolean readable, @Nullable String failure,
			Set<String> readableHeaderNames, @Nullable CorsFailure failureKind) {

		static FetchOutcome blocked(boolean preflighted, @Nullable CorsFailure kind, String failure) {
			return new FetchOutcome(preflighted, false, failure, Set.of(), kind);
		}

	}

}
