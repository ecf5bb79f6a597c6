package io.crossorigin.cors;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.CorsDecision.Kind;
import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The textbook example: a page at {@code http://api.bob.com} sends {@code PUT http://api.alice.com/cors}
 * with {@code X-Custom-Header}. The browser model predicts the preflight, the engine answers it with
 * exactly the classic headers, the browser model accepts them, and the actual PUT is allowed.
 */
class ClassicCorsExampleTests {

	private static final String BOB = "http://api.bob.com";

	private final CorsEngine engine = new CorsEngine();

	private final BrowserRequest put = BrowserRequest.of(BOB, "PUT").withHeader("X-Custom-Header", "value");

	private static CorsPolicy alicePolicy(boolean credentials, String... origins) {
		return CorsPolicy.builder()
			.allowedOrigins(origins)
			.allowedMethods("GET", "POST", "PUT")
			.allowedHeaders("X-Custom-Header")
			.allowCredentials(credentials)
			.allowInsecureOrigins(true)
			.maxAge(Duration.ofHours(1))
			.build();
	}

	private static TestRequest serverSide(java.util.List<HeaderField> headers, String method) {
		TestRequest request = TestRequest.method(method).server("http", "api.alice.com", 80);
		headers.forEach(header -> request.header(header.name(), header.value()));
		return request;
	}

	@Test
	void browserModelSaysThePutNeedsAPreflightWithTheClassicHeaders() {
		assertThat(BrowserCorsCheck.needsPreflight(this.put)).isTrue();
		assertThat(BrowserFetch.preflightRequestHeaders(this.put)).containsExactly(new HeaderField("Origin", BOB),
				new HeaderField("Access-Control-Request-Method", "PUT"),
				new HeaderField("Access-Control-Request-Headers", "x-custom-header"));
	}

	@Test
	void engineAnswersThePreflightWithExactlyTheClassicHeadersAndTheBrowserAcceptsThem() {
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(alicePolicy(false, BOB),
				serverSide(BrowserFetch.preflightRequestHeaders(this.put), "OPTIONS"), response);

		assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
		assertThat(response.headers()).containsOnly(
				CorsEngineTests.entry("Access-Control-Allow-Origin", BOB),
				CorsEngineTests.entry("Access-Control-Allow-Methods", "GET, POST, PUT"),
				CorsEngineTests.entry("Access-Control-Allow-Headers", "X-Custom-Header"),
				CorsEngineTests.entry("Access-Control-Max-Age", "3600"),
				CorsEngineTests.entry("Vary", CorsEngineTests.PREFLIGHT_VARY));
		PreflightResult verdict = BrowserCorsCheck.checkPreflightResponse(this.put,
				SimulatedBrowser.toBrowser(decision.status(), response));
		assertThat(verdict.passed()).as(verdict.failure()).isTrue();
		assertThat(verdict.cacheLifetime()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void withCredentialsThePreflightAlsoCarriesAllowCredentials() {
		BrowserRequest credentialed = this.put.withCredentials(CredentialsMode.INCLUDE);
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(alicePolicy(true, BOB),
				serverSide(BrowserFetch.preflightRequestHeaders(credentialed), "OPTIONS"), response);
		assertThat(response.get("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(BrowserCorsCheck.checkPreflightResponse(credentialed, SimulatedBrowser.toBrowser(decision.status(), response))
			.passed()).isTrue();
	}

	@Test
	void actualPutGetsAllowOriginAndTheBrowserLetsThePageReadIt() {
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(alicePolicy(false, BOB),
				serverSide(BrowserFetch.actualRequestHeaders(this.put), "PUT"), response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
		assertThat(response.get("Access-Control-Allow-Origin")).isEqualTo(BOB);
		assertThat(BrowserCorsCheck.checkActualResponse(this.put, SimulatedBrowser.toBrowser(200, response)).passed()).isTrue();
	}

	@Test
	void sameExchangeFromAnOriginAliceDoesNotAllowFails() {
		BrowserRequest fromMallory = BrowserRequest.of("http://api.mallory.com", "PUT").withHeader("X-Custom-Header", "value");
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(alicePolicy(false, BOB),
				serverSide(BrowserFetch.preflightRequestHeaders(fromMallory), "OPTIONS"), response);

		assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
		assertThat(decision.status()).isEqualTo(403);
		assertThat(response.accessControlHeaders()).isEmpty();
		PreflightResult verdict = BrowserCorsCheck.checkPreflightResponse(fromMallory,
				SimulatedBrowser.toBrowser(decision.status(), response));
		assertThat(verdict.passed()).isFalse();
		assertThat(new SimulatedBrowser(alicePolicy(false, BOB)).fetch(fromMallory).readable()).isFalse();
	}

}
