package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where Chromium parts ways with the Fetch standard, as the samples' differential test found it
 * against Chromium 156: each rule under both profiles.
 */
class BrowserProfileTests {

	private static final String APP = "https://app.example.com";

	private static final String URL = "https://api.example.com/api/orders";

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private static final BrowserResponse STAR_HEADERS = BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Headers", "*", "Access-Control-Max-Age", "600");

	private static BrowserRequest putWithAuthorization() {
		return BrowserRequest.of(APP, "PUT").withHeader("Authorization", "Bearer t").withCredentials(CredentialsMode.OMIT);
	}

	@Test
	void standardNeverLetsAStarCoverAuthorization() {
		PreflightResult result = BrowserCorsCheck.checkPreflightResponse(putWithAuthorization(), STAR_HEADERS);
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("'*' never covers Authorization");
	}

	@Test
	void chromiumLetsAStarCoverAuthorizationWithoutCredentials() {
		assertThat(BrowserCorsCheck.checkPreflightResponse(putWithAuthorization(), STAR_HEADERS, BrowserProfile.CHROMIUM)
			.passed()).isTrue();
	}

	@Test
	void chromiumTakesTheStarLiterallyWithCredentials() {
		BrowserRequest credentialed = putWithAuthorization().withCredentials(CredentialsMode.INCLUDE);
		BrowserResponse response = BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
				"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods", "PUT",
				"Access-Control-Allow-Headers", "*");
		assertThat(BrowserCorsCheck.checkPreflightResponse(credentialed, response, BrowserProfile.CHROMIUM).passed())
			.isFalse();
	}

	@Test
	void chromiumPreflightsAuthorizationAgainThoughItsStarPassed() {
		PreflightCache cache = new PreflightCache(BrowserProfile.CHROMIUM);
		List<String> sent = new ArrayList<>();
		BrowserFetch.Server server = (method, headers) -> {
			sent.add(method);
			return method.equals("OPTIONS") ? STAR_HEADERS : BrowserResponse.of(200, "Access-Control-Allow-Origin", APP);
		};
		assertThat(BrowserFetch.fetch(putWithAuthorization(), URL, server, cache, T0).readable()).isTrue();
		assertThat(BrowserFetch.fetch(putWithAuthorization(), URL, server, cache, T0.plusSeconds(1)).readable()).isTrue();
		assertThat(sent).containsExactly("OPTIONS", "PUT", "OPTIONS", "PUT");
	}

	@Test
	void standardCachesThePreflightOfTheOpaqueOrigin() {
		PreflightCache cache = new PreflightCache();
		BrowserRequest fromNull = BrowserRequest.of("null", "PUT");
		cache.store(fromNull, URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", "null",
				"Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(cache.covers(fromNull, URL, T0.plusSeconds(1))).isTrue();
	}

	@Test
	void chromiumCachesNothingForTheOpaqueOrigin() {
		PreflightCache cache = new PreflightCache(BrowserProfile.CHROMIUM);
		BrowserRequest fromNull = BrowserRequest.of("null", "PUT");
		cache.store(fromNull, URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", "null",
				"Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(cache.size()).isZero();
		assertThat(cache.covers(fromNull, URL, T0)).isFalse();
	}

	@Test
	void chromiumPreflightsAgainAfterARedirectTaintedTheOrigin() {
		PreflightCache cache = new PreflightCache(BrowserProfile.CHROMIUM);
		List<String> sent = new ArrayList<>();
		BrowserFetch.Network network = (url, method, headers) -> {
			sent.add(method + " " + url.getHost());
			String origin = headers.stream().filter((h) -> h.name().equals("Origin")).findFirst().orElseThrow().value();
			if (method.equals("OPTIONS")) {
				return BrowserResponse.of(204, "Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods", "PUT");
			}
			return url.getHost().equals("api.example.com")
					? BrowserResponse.of(307, "Access-Control-Allow-Origin", origin, "Location", "https://cdn.example.com/x")
					: BrowserResponse.of(200, "Access-Control-Allow-Origin", origin);
		};
		for (int call = 0; call < 2; call++) {
			assertThat(BrowserFetch.fetch(BrowserRequest.of(APP, "PUT"), URI.create(URL), network, cache, T0).readable())
				.isTrue();
		}
		assertThat(sent).containsExactly("OPTIONS api.example.com", "PUT api.example.com", "OPTIONS cdn.example.com",
				"PUT cdn.example.com", "PUT api.example.com", "OPTIONS cdn.example.com", "PUT cdn.example.com");
	}

	@Test
	void chromiumDropsAnEntryThatFallsShortOfARequest() {
		PreflightCache cache = new PreflightCache(BrowserProfile.CHROMIUM);
		BrowserRequest put = BrowserRequest.of(APP, "PUT");
		cache.store(put, URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods",
				"PUT", "Access-Control-Max-Age", "600"), T0);
		assertThat(cache.covers(put.withCredentials(CredentialsMode.INCLUDE), URL, T0)).isFalse();
		assertThat(cache.covers(put, URL, T0)).as("gone after the credentialed lookup").isFalse();
	}

	@Test
	void standardKeepsAnEntryThatFallsShortOfARequest() {
		PreflightCache cache = new PreflightCache();
		BrowserRequest put = BrowserRequest.of(APP, "PUT");
		cache.store(put, URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods",
				"PUT", "Access-Control-Max-Age", "600"), T0);
		assertThat(cache.covers(put.withCredentials(CredentialsMode.INCLUDE), URL, T0)).isFalse();
		assertThat(cache.covers(put, URL, T0)).isTrue();
	}

	@Test
	void chromiumReplacesTheEntryWithANewPreflightsAnswer() {
		PreflightCache chromium = new PreflightCache(BrowserProfile.CHROMIUM);
		PreflightCache standard = new PreflightCache();
		for (PreflightCache cache : List.of(chromium, standard)) {
			cache.store(BrowserRequest.of(APP, "PUT"), URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
					"Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "600"), T0);
			cache.store(BrowserRequest.of(APP, "DELETE"), URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
					"Access-Control-Allow-Methods", "DELETE", "Access-Control-Max-Age", "600"), T0);
		}
		assertThat(chromium.covers(BrowserRequest.of(APP, "DELETE"), URL, T0)).isTrue();
		assertThat(chromium.covers(BrowserRequest.of(APP, "PUT"), URL, T0)).isFalse();
		assertThat(standard.covers(BrowserRequest.of(APP, "PUT"), URL, T0)).isTrue();
	}

	@Test
	void aCacheBelongsToTheStandardUnlessToldOtherwise() {
		assertThat(new PreflightCache().profile()).isEqualTo(BrowserProfile.FETCH_STANDARD);
		assertThat(new PreflightCache(BrowserProfile.CHROMIUM).profile()).isEqualTo(BrowserProfile.CHROMIUM);
	}

}
