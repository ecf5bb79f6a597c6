package io.crossorigin.cors.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code withCredentials()} sends what the browser holds for the application, as a browser does:
 * the cookie and HTTP authentication go with the request, never with its preflight, and only
 * with credentials; failure messages never show their values.
 */
class HeldCredentialsTests {

	static final String APP = "https://app.example.com";

	/** A server that allows the app's origin with credentials, and records what it was sent. */
	static final class RecordingServer implements CorsTarget {

		final List<List<HeaderField>> sent = new ArrayList<>();

		final boolean allowCredentials;

		RecordingServer(boolean allowCredentials) {
			this.allowCredentials = allowCredentials;
		}

		@Override
		public Answer send(String method, String path, List<HeaderField> headers) {
			this.sent.add(headers);
			List<HeaderField> answer = new ArrayList<>(List.of(new HeaderField("Access-Control-Allow-Origin", APP),
					new HeaderField("Vary", "Origin")));
			if (this.allowCredentials) {
				answer.add(new HeaderField("Access-Control-Allow-Credentials", "true"));
			}
			if (method.equals("OPTIONS")) {
				answer.add(new HeaderField("Access-Control-Allow-Methods", "GET, PUT"));
				return Answer.of(new BrowserResponse(204, answer));
			}
			return Answer.of(new BrowserResponse(200, answer));
		}

		List<String> names(int request) {
			return this.sent.get(request).stream().map(HeaderField::name).toList();
		}

	}

	@Test
	void aCredentialedFetchSendsTheHeldCookieAndHttpBasicWithTheRequestButNotThePreflight() {
		RecordingServer server = new RecordingServer(true);
		BrowserAt browser = assertThatBrowserAt(APP).holdingCookie("SESSION=s3cr3t").holdingHttpBasic("admin", "pw");
		new BrowserVerdictAssert(BrowserVerdict.judge(APP, put("/api/orders/7").withCredentials(), server,
				browser.preflightCache(), browser.now(), browser.heldCredentials()))
			.sendsPreflight()
			.isAllowed();
		assertThat(server.names(0)).doesNotContain("Cookie", "Authorization");
		assertThat(server.sent.get(1)).contains(new HeaderField("Cookie", "SESSION=s3cr3t"),
				new HeaderField("Authorization", "Basic YWRtaW46cHc="));
	}

	@Test
	void withoutCredentialsNothingHeldIsSent() {
		RecordingServer server = new RecordingServer(true);
		BrowserAt browser = assertThatBrowserAt(APP).holdingCookie("SESSION=s3cr3t");
		BrowserVerdict.judge(APP, get("/api/orders"), server, browser.preflightCache(), browser.now(),
				browser.heldCredentials());
		assertThat(server.names(0)).doesNotContain("Cookie");
	}

	@Test
	void aBrowserHoldingNothingSendsNothingWithCredentials() {
		RecordingServer server = new RecordingServer(true);
		BrowserAt browser = assertThatBrowserAt(APP);
		BrowserVerdict.judge(APP, get("/api/orders").withCredentials(), server, browser.preflightCache(), browser.now(),
				browser.heldCredentials());
		assertThat(server.names(0)).doesNotContain("Cookie", "Authorization");
	}

	@Test
	void failureMessagesHideTheValuesOfCredentialHeaders() {
		RecordingServer server = new RecordingServer(false);
		BrowserAt browser = assertThatBrowserAt(APP).holdingCookie("SESSION=s3cr3t").holdingHttpBasic("admin", "pw");
		// a simple GET: no preflight, so the actual request carries what the browser holds
		BrowserVerdictAssert held = new BrowserVerdictAssert(BrowserVerdict.judge(APP, get("/api/orders").withCredentials(),
				server, browser.preflightCache(), browser.now(), browser.heldCredentials()));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(held::isAllowed)
			.satisfies((error) -> assertThat(error.getMessage()).contains("Cookie: (hidden)", "Authorization: (hidden)")
				.doesNotContain("s3cr3t", "YWRtaW46cHc="));
		BrowserVerdictAssert scripted = new BrowserVerdictAssert(BrowserVerdict.judge(APP,
				get("/api/orders").header("Authorization", "Bearer t0ken").header("Proxy-Authorization", "Basic cHJveHk="),
				server, browser.preflightCache(), browser.now(), browser.heldCredentials()));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(scripted::isAllowed)
			.satisfies((error) -> assertThat(error.getMessage()).contains("[Authorization: (hidden)]",
					"[Proxy-Authorization: (hidden)]")
				.doesNotContain("t0ken", "cHJveHk="));
	}

	@Test
	void aCookieIsWrittenNameEqualsValue() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> assertThatBrowserAt(APP).holdingCookie("s3cr3t"))
			.withMessage("A cookie is written name=value");
	}

}
