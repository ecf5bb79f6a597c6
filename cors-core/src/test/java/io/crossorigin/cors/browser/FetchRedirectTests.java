package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BrowserFetch#fetch(BrowserRequest, URI, BrowserFetch.Network, PreflightCache, Instant)}:
 * redirects are followed as Fetch's "HTTP-redirect fetch" says, each hop judged on its own.
 */
class FetchRedirectTests {

	private static final String PAGE = "https://app.example";

	private static final URI API = URI.create("https://api.example/start");

	/** What the browser sent: URL, method and the headers that matter here. */
	private final List<String> sent = new ArrayList<>();

	private BrowserFetch.Network network(Function<SentRequest, BrowserResponse> answers) {
		return (url, method, headers) -> {
			SentRequest request = new SentRequest(url, method, headers);
			this.sent.add(method + " " + url + " " + request.header("Origin")
					+ (request.header("Access-Control-Request-Headers") != null ? " asks " + request.header("Access-Control-Request-Headers") : ""));
			return answers.apply(request);
		};
	}

	private BrowserFetch.FetchOutcome fetch(BrowserRequest request, Function<SentRequest, BrowserResponse> answers) {
		return BrowserFetch.fetch(request, API, network(answers), new PreflightCache(), Instant.EPOCH);
	}

	/** Allows whatever origin asks, echoing it, and answers preflights for anything. */
	private static BrowserResponse allowing(SentRequest request, int status, String location) {
		String origin = request.header("Origin");
		if (request.method().equals("OPTIONS")) {
			String asked = request.header("Access-Control-Request-Headers");
			return BrowserResponse.of(204, "Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods",
					request.header("Access-Control-Request-Method"), "Access-Control-Allow-Headers", asked == null ? "" : asked);
		}
		return location == null ? BrowserResponse.of(status, "Access-Control-Allow-Origin", origin)
				: BrowserResponse.of(status, "Access-Control-Allow-Origin", origin, "Location", location);
	}

	@Test
	void sameOriginRedirectKeepsThePageOrigin() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> allowing(request, request.url().getPath().equals("/start") ? 302 : 200, "/next"));
		assertThat(outcome.readable()).isTrue();
		assertThat(this.sent).containsExactly("GET https://api.example/start https://app.example",
				"GET https://api.example/next https://app.example");
	}

	@Test
	void crossOriginRedirectFromACrossOriginUrlTaintsTheOriginToNull() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"), (request) -> allowing(request,
				request.url().getHost().equals("api.example") ? 307 : 200, "https://cdn.example/file"));
		assertThat(outcome.readable()).isTrue();
		assertThat(this.sent).containsExactly("GET https://api.example/start https://app.example",
				"GET https://cdn.example/file null");
	}

	@Test
	void taintedOriginIsBlockedByAServerThatOnlyAllowsThePage() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> request.url().getHost().equals("api.example") ? allowing(request, 307, "https://cdn.example/f")
						: BrowserResponse.of(200, "Access-Control-Allow-Origin", PAGE));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).contains("'" + PAGE + "' does not match origin 'null'");
	}

	@Test
	void redirectBackToThePageOriginIsStillCorsWithANullOrigin() {
		fetch(BrowserRequest.of(PAGE, "GET"), (request) -> allowing(request,
				request.url().getHost().equals("api.example") ? 302 : 200, PAGE + "/own"));
		assertThat(this.sent).last().isEqualTo("GET https://app.example/own null");
	}

	@Test
	void redirectResponseMustPassTheCorsCheckItself() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> BrowserResponse.of(302, "Location", "/next"));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).startsWith("the response fails the CORS check: No Access-Control-Allow-Origin");
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void eachHopGetsItsOwnPreflightUnderItsOwnUrl() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "PUT"),
				(request) -> allowing(request, request.url().getPath().equals("/start") ? 307 : 200, "/next"));
		assertThat(outcome.readable()).isTrue();
		assertThat(outcome.preflighted()).isTrue();
		assertThat(this.sent).containsExactly("OPTIONS https://api.example/start https://app.example",
				"PUT https://api.example/start https://app.example", "OPTIONS https://api.example/next https://app.example",
				"PUT https://api.example/next https://app.example");
	}

	@Test
	void seeOtherTurnsAPutIntoAGetWithoutItsBodyHeaders() {
		BrowserRequest put = BrowserRequest.of(PAGE, "PUT").withHeader("Content-Type", "application/json");
		fetch(put, (request) -> allowing(request, request.url().getPath().equals("/start") ? 303 : 200, "/next"));
		assertThat(this.sent).containsExactly("OPTIONS https://api.example/start https://app.example asks content-type",
				"PUT https://api.example/start https://app.example", "GET https://api.example/next https://app.example");
	}

	@Test
	void foundTurnsOnlyAPostIntoAGet() {
		fetch(BrowserRequest.of(PAGE, "POST"),
				(request) -> allowing(request, request.url().getPath().equals("/start") ? 302 : 200, "/next"));
		fetch(BrowserRequest.of(PAGE, "DELETE"),
				(request) -> allowing(request, request.url().getPath().equals("/start") ? 302 : 200, "/next"));
		assertThat(this.sent).containsExactly("POST https://api.example/start https://app.example",
				"GET https://api.example/next https://app.example", "OPTIONS https://api.example/start https://app.example",
				"DELETE https://api.example/start https://app.example", "OPTIONS https://api.example/next https://app.example",
				"DELETE https://api.example/next https://app.example");
	}

	@Test
	void crossOriginRedirectDropsAuthorization() {
		BrowserRequest request = BrowserRequest.of(PAGE, "GET").withHeader("Authorization", "Bearer t");
		fetch(request, (sent) -> allowing(sent, sent.url().getHost().equals("api.example") ? 307 : 200,
				"https://cdn.example/f"));
		assertThat(this.sent).containsExactly("OPTIONS https://api.example/start https://app.example asks authorization",
				"GET https://api.example/start https://app.example", "GET https://cdn.example/f null");
	}

	@Test
	void locationWithCredentialsIsANetworkError() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> allowing(request, 302, "https://user:pw@api.example/next"));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).contains("holds credentials");
	}

	@Test
	void moreThanTwentyRedirectsIsANetworkError() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> allowing(request, 302, "/again"));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).isEqualTo("more than 20 redirects");
		assertThat(this.sent).hasSize(21);
	}

	@Test
	void redirectStatusWithoutLocationIsTheFinalResponse() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"), (request) -> allowing(request, 302, null));
		assertThat(outcome.readable()).isTrue();
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void locationThatIsNotHttpIsANetworkError() {
		BrowserFetch.FetchOutcome outcome = fetch(BrowserRequest.of(PAGE, "GET"),
				(request) -> allowing(request, 301, "ftp://api.example/f"));
		assertThat(outcome.failure()).contains("is not an HTTP(S) URL");
	}

	@Test
	void originOfAUrlLeavesOutTheDefaultPort() {
		assertThat(BrowserCorsCheck.originOf(URI.create("HTTPS://API.example:443/x"))).isEqualTo("https://api.example");
		assertThat(BrowserCorsCheck.originOf(URI.create("http://api.example:8080/x"))).isEqualTo("http://api.example:8080");
	}

}
