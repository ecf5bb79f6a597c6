package io.crossorigin.cors.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.browser.BrowserProfile;

import io.crossorigin.cors.browser.BrowserResponse;

import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One failure message for each way a browser blocks a response, each naming the fix, against
 * servers that answer as misconfigured ones do.
 */
class FailureMessageTests {

	private static final String APP = "https://app.example.com";

	@Test
	void noAllowOriginOnTheResponse() {
		assertBlocked(get("/api/orders"), answering(200), "No Access-Control-Allow-Origin header is present",
				"Add the origin to the allowed-origins");
	}

	@Test
	void aWildcardOriginForARequestWithCredentials() {
		assertBlocked(get("/api/orders").withCredentials(), answering(200, "Access-Control-Allow-Origin", "*"),
				"'*' cannot be used when the credentials mode is 'include'", "never '*'");
	}

	@Test
	void anotherOriginInTheResponse() {
		assertBlocked(get("/api/orders"), answering(200, "Access-Control-Allow-Origin", "https://other.example.com"),
				"does not match origin", "Something else wrote Access-Control-Allow-Origin");
	}

	@Test
	void credentialsWithoutAllowCredentials() {
		assertBlocked(get("/api/orders").withCredentials(), answering(200, "Access-Control-Allow-Origin", APP),
				"Access-Control-Allow-Credentials (absent) is not 'true'", "allow-credentials: true");
	}

	@Test
	void aPreflightAnsweredWithAnErrorStatus() {
		assertBlocked(put("/api/orders/7"), answering(401, "Access-Control-Allow-Origin", APP),
				"Preflight response status 401 is not an ok status", "something ahead of the CORS filter");
	}

	@Test
	void aMethodThePreflightDoesNotAllow() {
		assertBlocked(put("/api/orders/7"),
				answering(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "GET, POST"),
				"Method 'PUT' is not allowed", "allowed-methods");
	}

	@Test
	void authorizationCoveredOnlyByAWildcard() {
		assertBlocked(get("/api/orders").header("Authorization", "Bearer x"),
				answering(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Headers", "*"),
				"'*' never covers Authorization", "List Authorization by name");
	}

	@Test
	void authorizationUnderAWildcardPassesWhenJudgedAsChromium() {
		BrowserAt chromium = BrowserAssertions.assertThatBrowserAt(APP).judgingAs(BrowserProfile.CHROMIUM);
		CorsTarget server = answering(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Headers", "*");
		Fetch fetch = get("/api/orders").header("Authorization", "Bearer x");
		new BrowserVerdictAssert(BrowserVerdict.judge(APP, fetch, server, chromium.preflightCache(), chromium.now(),
				chromium.heldCredentials()))
			.isAllowed();
	}

	@Test
	void aHeaderThePreflightDoesNotAllow() {
		assertBlocked(get("/api/orders").header("X-Tenant", "a"),
				answering(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Headers", "content-type"),
				"Request header 'x-tenant' is not allowed", "allowed-headers");
	}

	@Test
	void anAllowListThatIsNotAListOfTokens() {
		assertBlocked(put("/api/orders/7"),
				answering(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "PUT; GET"),
				"which is not a method token", "something other than the policy wrote it");
	}

	@Test
	void aRedirectTheBrowserWillNotFollow() {
		assertBlocked(get("/api/orders"),
				answering(302, "Access-Control-Allow-Origin", APP, "Location", "http://user:secret@localhost/api/other"),
				"holds credentials", "redirect to a plain http(s) URL without credentials");
	}

	@Test
	void aRedirectToAnotherOrigin() {
		assertBlocked(get("/api/orders"),
				answering(307, "Access-Control-Allow-Origin", APP, "Location", "https://cdn.example.net/orders.json"),
				"outside the application under test", "Point another assertion at that server");
	}

	@Test
	void aPreflightRefusedWithoutCorsHeadersNamesWhatWasAskedFor() {
		assertBlocked(put("/api/orders/7").header("X-Request-Id", "7"), answering(403),
				"the preflight fails: No Access-Control-Allow-Origin header", "its allowed-methods holds PUT, its allowed-headers holds x-request-id");
	}

	private static void assertBlocked(Fetch fetch, CorsTarget server, String browserSays, String fix) {
		BrowserVerdictAssert verdict = new BrowserVerdictAssert(BrowserVerdict.judge(APP, fetch, server));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(verdict::isAllowed)
			.withMessageContaining(browserSays)
			.withMessageContaining("Fix: ")
			.withMessageContaining(fix);
		verdict.isBlocked();
	}

	/** A server that answers every request, preflight or not, with the same status and headers. */
	private static CorsTarget answering(int status, String... namesAndValues) {
		BrowserResponse response = BrowserResponse.of(status, namesAndValues);
		return (method, path, headers) -> CorsTarget.Answer
			.of(new BrowserResponse(response.status(), List.copyOf(response.headers())));
	}

}
