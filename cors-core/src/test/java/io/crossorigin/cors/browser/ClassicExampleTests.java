package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classic example: a page on http://api.bob.com sends a PUT with a custom header to api.alice.com.
 */
class ClassicExampleTests {

	private static final BrowserRequest PUT_WITH_CUSTOM_HEADER =
			BrowserRequest.of("http://api.bob.com", "PUT").withHeader("X-Custom-Header", "value");

	private static final BrowserResponse ALICE_PREFLIGHT_RESPONSE = BrowserResponse.of(200,
			"Access-Control-Allow-Origin", "http://api.bob.com",
			"Access-Control-Allow-Methods", "GET, POST, PUT",
			"Access-Control-Allow-Headers", "X-Custom-Header",
			"Content-Type", "text/html; charset=utf-8");

	@Test
	void putWithCustomHeaderNeedsPreflight() {
		assertThat(BrowserCorsCheck.needsPreflight(PUT_WITH_CUSTOM_HEADER)).isTrue();
	}

	@Test
	void preflightCarriesExactlyOriginMethodAndHeaders() {
		assertThat(BrowserFetch.preflightRequestHeaders(PUT_WITH_CUSTOM_HEADER)).containsExactly(
				new HeaderField("Origin", "http://api.bob.com"),
				new HeaderField("Access-Control-Request-Method", "PUT"),
				new HeaderField("Access-Control-Request-Headers", "x-custom-header"));
	}

	@Test
	void alicePreflightResponsePasses() {
		PreflightResult result = BrowserCorsCheck.checkPreflightResponse(PUT_WITH_CUSTOM_HEADER, ALICE_PREFLIGHT_RESPONSE);
		assertThat(result.passed()).isTrue();
		assertThat(result.failure()).isNull();
		assertThat(result.cacheLifetime()).isEqualTo(PreflightCache.DEFAULT_LIFETIME);
	}

	@Test
	void actualRequestCarriesTheCustomHeaderAndOrigin() {
		assertThat(BrowserFetch.actualRequestHeaders(PUT_WITH_CUSTOM_HEADER)).containsExactly(
				new HeaderField("X-Custom-Header", "value"),
				new HeaderField("Origin", "http://api.bob.com"));
	}

	@Test
	void actualResponseWithAllowOriginIsReadable() {
		BrowserResponse actual = BrowserResponse.of(200,
				"Access-Control-Allow-Origin", "http://api.bob.com",
				"Content-Type", "text/html; charset=utf-8");
		assertThat(BrowserCorsCheck.checkActualResponse(PUT_WITH_CUSTOM_HEADER, actual).passed()).isTrue();
		assertThat(BrowserCorsCheck.readableResponseHeaderNames(PUT_WITH_CUSTOM_HEADER, actual))
				.containsExactly("content-type");
	}
}
