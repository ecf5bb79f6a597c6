package io.crossorigin.cors.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.BrowserResponse;

import static io.crossorigin.cors.test.BrowserAssertions.request;

/**
 * {@code judgingAs(BrowserProfile.FIREFOX)}: the kit's browser keeps Firefox's preflight cache,
 * which spares a {@code HEAD} only when the preflight listed {@code HEAD}, where Chromium's spares
 * it as a CORS-safelisted method.
 */
class JudgingAsFirefoxTests {

	private static final String APP = "https://app.example.com";

	/** A policy's answers: methods listed without HEAD, the header allowed, cached ten minutes. */
	private static final CorsTarget SERVER = (method, path, headers) -> CorsTarget.Answer.of(new BrowserResponse(204,
			List.copyOf(BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods",
					"GET, POST, PUT", "Access-Control-Allow-Headers", "X-Request-Id", "Access-Control-Max-Age", "600")
				.headers())));

	@Test
	void firefoxPreflightsASecondHeadTheCacheDoesNotCover() {
		BrowserAt firefox = BrowserAssertions.assertThatBrowserAt(APP).judgingAs(BrowserProfile.FIREFOX);
		judge(firefox).isAllowed().sendsPreflight();
		judge(firefox).isAllowed().sendsPreflight();
	}

	@Test
	void chromiumAnswersTheSecondHeadFromItsCache() {
		BrowserAt chromium = BrowserAssertions.assertThatBrowserAt(APP).judgingAs(BrowserProfile.CHROMIUM);
		judge(chromium).isAllowed().sendsPreflight();
		judge(chromium).isAllowed().sendsNoPreflight();
	}

	private static BrowserVerdictAssert judge(BrowserAt browser) {
		Fetch head = request("HEAD", "/api/orders").header("X-Request-Id", "7");
		return new BrowserVerdictAssert(BrowserVerdict.judge(APP, head, SERVER, browser.preflightCache(), browser.now(),
				browser.heldCredentials()));
	}

}
