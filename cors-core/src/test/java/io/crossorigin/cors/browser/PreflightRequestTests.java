package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreflightRequestTests {

	private static final String ORIGIN = "https://app.example";

	private static BrowserRequest get() {
		return BrowserRequest.of(ORIGIN, "GET");
	}

	@ParameterizedTest
	@ValueSource(strings = {"GET", "HEAD", "POST", "get", "post"})
	void safelistedMethodWithoutHeadersNeedsNoPreflight(String method) {
		assertThat(BrowserCorsCheck.needsPreflight(BrowserRequest.of(ORIGIN, method))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"PUT", "DELETE", "PATCH", "patch", "OPTIONS", "PROPFIND"})
	void otherMethodNeedsPreflight(String method) {
		assertThat(BrowserCorsCheck.needsPreflight(BrowserRequest.of(ORIGIN, method))).isTrue();
	}

	@Test
	void postWithSafelistedContentTypeNeedsNoPreflight() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "POST").withHeader("Content-Type", "text/plain;charset=utf-8");
		assertThat(BrowserCorsCheck.needsPreflight(request)).isFalse();
	}

	@Test
	void postWithJsonContentTypeNeedsPreflight() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "POST").withHeader("Content-Type", "application/json");
		assertThat(BrowserCorsCheck.needsPreflight(request)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"X-Custom-Header", "Authorization", "Cache-Control", "If-None-Match"})
	void getWithANonSafelistedHeaderNeedsPreflight(String name) {
		assertThat(BrowserCorsCheck.needsPreflight(get().withHeader(name, "1"))).isTrue();
	}

	@Test
	void getWithOnlyForbiddenHeadersNeedsNoPreflightBecauseTheyAreDropped() {
		BrowserRequest request = get().withHeader("Cookie", "a=b").withHeader("Sec-Anything", "1");
		assertThat(BrowserCorsCheck.needsPreflight(request)).isFalse();
	}

	@Test
	void rangeFromAStartNeedsNoPreflightButSuffixRangeDoes() {
		assertThat(BrowserCorsCheck.needsPreflight(get().withHeader("Range", "bytes=0-"))).isFalse();
		assertThat(BrowserCorsCheck.needsPreflight(get().withHeader("Range", "bytes=-5"))).isTrue();
	}

	@Test
	void safelistedHeadersTotallingMoreThan1024BytesNeedPreflight() {
		BrowserRequest request = get();
		for (int i = 0; i < 8; i++) {
			request = request.withHeader("Accept-Language", "a".repeat(128));
		}
		assertThat(BrowserCorsCheck.needsPreflight(request)).isFalse();
		assertThat(BrowserCorsCheck.needsPreflight(request.withHeader("Accept", "a"))).isTrue();
	}

	@Test
	void privateNetworkAccessAlwaysNeedsPreflight() {
		assertThat(BrowserCorsCheck.needsPreflight(get().withPrivateNetworkAccess())).isTrue();
	}

	@Test
	void preflightWithoutUnsafeHeadersCarriesOriginAndRequestMethodOnly() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "delete").withHeader("Accept", "*/*");
		assertThat(BrowserFetch.preflightRequestHeaders(request)).containsExactly(
				new HeaderField("Origin", ORIGIN),
				new HeaderField("Access-Control-Request-Method", "DELETE"));
	}

	@Test
	void requestHeadersAreSortedLowercasedDeDuplicatedAndJoinedWithCommaWithoutSpace() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "POST")
				.withHeader("X-B", "1")
				.withHeader("Content-Type", "application/json")
				.withHeader("x-a", "1")
				.withHeader("Accept", "*/*")
				.withHeader("X-A", "2")
				.withHeader("Cookie", "dropped=1");
		assertThat(BrowserFetch.preflightRequestHeaders(request)).containsExactly(
				new HeaderField("Origin", ORIGIN),
				new HeaderField("Access-Control-Request-Method", "POST"),
				new HeaderField("Access-Control-Request-Headers", "content-type,x-a,x-b"));
	}

	@Test
	void requestMethodIsTheNormalizedMethod() {
		assertThat(BrowserFetch.preflightRequestHeaders(BrowserRequest.of(ORIGIN, "put")))
				.contains(new HeaderField("Access-Control-Request-Method", "PUT"));
		assertThat(BrowserFetch.preflightRequestHeaders(BrowserRequest.of(ORIGIN, "patch")))
				.contains(new HeaderField("Access-Control-Request-Method", "patch"));
	}

	@Test
	void privateNetworkPreflightAsksForPrivateNetworkAccessLast() {
		BrowserRequest request = get().withHeader("X-A", "1").withPrivateNetworkAccess();
		assertThat(BrowserFetch.preflightRequestHeaders(request)).containsExactly(
				new HeaderField("Origin", ORIGIN),
				new HeaderField("Access-Control-Request-Method", "GET"),
				new HeaderField("Access-Control-Request-Headers", "x-a"),
				new HeaderField("Access-Control-Request-Private-Network", "true"));
	}

	@Test
	void actualRequestCarriesAuthorHeadersThenOrigin() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "PUT")
				.withHeader("X-Custom-Header", "1")
				.withHeader("Origin", "https://evil.example")
				.withHeader("Content-Type", "application/json");
		assertThat(BrowserFetch.actualRequestHeaders(request)).containsExactly(
				new HeaderField("X-Custom-Header", "1"),
				new HeaderField("Content-Type", "application/json"),
				new HeaderField("Origin", ORIGIN));
	}

	@Test
	void actualRequestWithoutAuthorHeadersCarriesOnlyOrigin() {
		assertThat(BrowserFetch.actualRequestHeaders(get())).containsExactly(new HeaderField("Origin", ORIGIN));
	}
}
