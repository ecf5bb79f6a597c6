package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where Firefox's fetch parts from the standard and Chromium on redirects and failed checks, each
 * rule under every profile. From Firefox's {@code nsCORSListenerProxy.cpp} and measured against
 * Firefox ESR 153 (the server's log of what Firefox and Chromium sent, and the differential):
 * <ul>
 * <li>a request that needed a preflight keeps needing one at every redirect hop
 * ({@code CheckPreflightNeeded} on the new channel; a 303'd {@code DELETE} is preflighted as
 * {@code GET});</li>
 * <li>after a taint the preflight is the preflight channel's own CORS load, from the page's
 * principal, so it says the page's origin while the request says {@code null}
 * ({@code mOriginHeaderPrincipal} becomes a null principal only for the request);</li>
 * <li>a response failing the CORS check removes the URL's cache entries ({@code RemoveEntries} in
 * {@code OnStartRequest} and {@code AsyncOnChannelRedirect}).</li>
 * </ul>
 */
class FirefoxFetchTests {

	private static final String PAGE = "https://app.example";

	private static final URI API = URI.create("https://api.example/start");

	private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	/** What the browser sent: method, URL, Origin and the requested method and headers. */
	private final List<String> sent = new ArrayList<>();

	private BrowserFetch.FetchOutcome fetch(BrowserRequest request, PreflightCache cache,
			Function<SentRequest, BrowserResponse> answers) {
		return BrowserFetch.fetch(request, API, (url, method, headers) -> {
			SentRequest each = new SentRequest(url, method, headers);
			this.sent.add(method + " " + url.getPath() + " " + each.header("Origin")
					+ (method.equals("OPTIONS") ? " for " + each.header("Access-Control-Request-Method")
							+ (each.header("Access-Control-Request-Headers") != null ? " " + each.header("Access-Control-Request-Headers") : "")
							: ""));
			return answers.apply(each);
		}, cache, NOW);
	}

	/** Allows whatever origin asks (echoing it), any method and header, cached ten minutes; redirects /start. */
	private static BrowserResponse allowing(SentRequest request, int redirect, String location) {
		String origin = request.header("Origin");
		if (request.method().equals("OPTIONS")) {
			String asked = request.header("Access-Control-Request-Headers");
			return BrowserResponse.of(204, "Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods",
					request.header("Access-Control-Request-Method"), "Access-Control-Allow-Headers", asked == null ? "" : asked,
					"Access-Control-Max-Age", "600");
		}
		return (location != null && request.url().getPath().equals("/start"))
				? BrowserResponse.of(redirect, "Access-Control-Allow-Origin", origin, "Location", location)
				: BrowserResponse.of(200, "Access-Control-Allow-Origin", origin);
	}

	@Test
	void firefoxPreflightsTheGetA303MadeOfAPreflightedDelete() {
		for (BrowserProfile profile : BrowserProfile.values()) {
			this.sent.clear();
			BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "DELETE"), new PreflightCache(profile),
					(request) -> allowing(request, 303, "/next"));
			assertThat(outcome.readable()).as(profile.name()).isTrue();
			List<String> expected = new ArrayList<>(List.of("OPTIONS /start https://app.example for DELETE",
					"DELETE /start https://app.example"));
			if (profile == BrowserProfile.FIREFOX) {
				expected.add("OPTIONS /next https://app.example for GET");
			}
			expected.add("GET /next https://app.example");
			assertThat(this.sent).as(profile.name()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void firefoxPreflightsARedirectThatDroppedAuthorizationWithoutAskingForIt() {
		BrowserRequest withAuthorization = BrowserRequest.of(PAGE, "GET").withHeader("Authorization", "Bearer t")
			.withCredentials(CredentialsMode.OMIT);
		fetch(withAuthorization, new PreflightCache(BrowserProfile.FIREFOX),
				(request) -> allowing(request, 307, "https://other.example/next"));
		assertThat(this.sent).containsExactly("OPTIONS /start https://app.example for GET authorization",
				"GET /start https://app.example", "OPTIONS /next https://app.example for GET", "GET /next null");
		this.sent.clear();
		fetch(withAuthorization, new PreflightCache(BrowserProfile.CHROMIUM),
				(request) -> allowing(request, 307, "https://other.example/next"));
		assertThat(this.sent).containsExactly("OPTIONS /start https://app.example for GET authorization",
				"GET /start https://app.example", "GET /next null");
	}

	@Test
	void aSimpleRequestStaysUnpreflightedAcrossRedirectsInEveryProfile() {
		for (BrowserProfile profile : BrowserProfile.values()) {
			this.sent.clear();
			fetch(BrowserRequest.of(PAGE, "GET"), new PreflightCache(profile), (request) -> allowing(request, 302, "/next"));
			assertThat(this.sent).as(profile.name()).containsExactly("GET /start https://app.example",
					"GET /next https://app.example");
		}
	}

	@Test
	void afterATaintFirefoxsPreflightCarriesThePageOriginAndChromiumsCarriesNull() {
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT");
		fetch(put, new PreflightCache(BrowserProfile.FIREFOX), (request) -> allowing(request, 307, "https://other.example/next"));
		assertThat(this.sent).containsExactly("OPTIONS /start https://app.example for PUT", "PUT /start https://app.example",
				"OPTIONS /next https://app.example for PUT", "PUT /next null");
		this.sent.clear();
		fetch(put, new PreflightCache(BrowserProfile.CHROMIUM), (request) -> allowing(request, 307, "https://other.example/next"));
		assertThat(this.sent).containsExactly("OPTIONS /start https://app.example for PUT", "PUT /start https://app.example",
				"OPTIONS /next null for PUT", "PUT /next null");
	}

	@Test
	void aServerThatAllowsOnlyNullAfterATaintIsReadInChromiumAndBlockedInFirefox() {
		Function<SentRequest, BrowserResponse> onlyNullAfterTheRedirect = (request) -> {
			if (request.url().getPath().equals("/start")) {
				return allowing(request, 307, "https://other.example/next");
			}
			return "null".equals(request.header("Origin")) ? allowing(request, 200, null) : BrowserResponse.of(403);
		};
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT");
		assertThat(fetch(put, new PreflightCache(BrowserProfile.CHROMIUM), onlyNullAfterTheRedirect).readable()).isTrue();
		BrowserFetch.FetchOutcome firefox = fetch(put, new PreflightCache(BrowserProfile.FIREFOX), onlyNullAfterTheRedirect);
		assertThat(firefox.readable()).isFalse();
		assertThat(firefox.failure()).startsWith("the preflight fails");
	}

	@Test
	void firefoxCachesATaintedRequestsPreflightUnderThePageOrigin() {
		PreflightCache cache = new PreflightCache(BrowserProfile.FIREFOX);
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT");
		fetch(put, cache, (request) -> allowing(request, 307, "https://other.example/next"));
		this.sent.clear();
		fetch(put, cache, (request) -> allowing(request, 307, "https://other.example/next"));
		assertThat(this.sent).containsExactly("PUT /start https://app.example", "PUT /next null");
	}

	@Test
	void aResponseFailingTheCorsCheckClearsFirefoxsEntryForItsUrl() {
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT").withCredentials(CredentialsMode.OMIT);
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			fetch(put, cache, (request) -> allowing(request, 200, null));
			BrowserFetch.FetchOutcome refused = fetch(put, cache,
					(request) -> request.method().equals("PUT") ? BrowserResponse.of(200) : allowing(request, 200, null));
			assertThat(refused.readable()).isFalse();
			this.sent.clear();
			fetch(put, cache, (request) -> allowing(request, 200, null));
			assertThat(this.sent.get(0)).as(profile.name())
				.startsWith(profile == BrowserProfile.FIREFOX ? "OPTIONS /start" : "PUT /start");
		}
	}

	@Test
	void aPreflightFailingOnItsAllowOriginClearsTheEntryItCouldNotUseInFirefoxAndChromium() {
		// a PUT without credentials is cached under '*'; the same PUT with credentials is refused
		// ('*' with credentials); then the PUT without credentials again
		Function<SentRequest, BrowserResponse> star = (request) -> request.method().equals("OPTIONS")
				? BrowserResponse.of(204, "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PUT",
						"Access-Control-Max-Age", "600")
				: BrowserResponse.of(200, "Access-Control-Allow-Origin", "*");
		BrowserRequest omit = BrowserRequest.of(PAGE, "PUT").withCredentials(CredentialsMode.OMIT);
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			fetch(omit, cache, star);
			assertThat(fetch(omit.withCredentials(CredentialsMode.INCLUDE), cache, star).readable()).isFalse();
			this.sent.clear();
			fetch(omit, cache, star);
			assertThat(this.sent.get(0)).as(profile.name())
				.startsWith(profile == BrowserProfile.FETCH_STANDARD ? "PUT /start" : "OPTIONS /start");
		}
	}

	@Test
	void aPreflightFailingOnItsStatusLeavesFirefoxsEntry() {
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT").withCredentials(CredentialsMode.OMIT);
		BrowserRequest patch = BrowserRequest.of(PAGE, "PATCH").withCredentials(CredentialsMode.OMIT);
		PreflightCache cache = new PreflightCache(BrowserProfile.FIREFOX);
		fetch(put, cache, (request) -> allowing(request, 200, null));
		fetch(patch, cache, (request) -> request.method().equals("OPTIONS")
				? BrowserResponse.of(500, "Access-Control-Allow-Origin", PAGE) : allowing(request, 200, null));
		this.sent.clear();
		fetch(put, cache, (request) -> allowing(request, 200, null));
		assertThat(this.sent).containsExactly("PUT /start https://app.example");
	}

}
