package io.crossorigin.cors.browser;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where Firefox parts ways with the Fetch standard and with Chromium, each rule under the profiles
 * it separates. Measured against Firefox ESR 153 over WebDriver BiDi (the samples' browser tests
 * and the differential found them; three fetches of one request, 300 ms apart, counting the
 * preflights the server saw): Firefox's preflight cache key carries the credentials flag
 * (nsCORSListenerProxy's cache key), its lookup compares method and header names with the cached
 * ones, so a cached {@code *} matches nothing (a preflight answered {@code *} was sent three times
 * out of three). The rest come from its source ({@code nsCORSListenerProxy.cpp}: the cache's
 * {@code CheckRequest} exempts only {@code GET} and {@code POST}, {@code AddResultToCache} stores
 * only the listed names and caches nothing for a max-age that is not digits, capped at 86400
 * seconds), each also seen in the differential against Firefox ESR 153 except the cap and the
 * malformed max-age, which it does not generate.
 */
class FirefoxProfileTests {

	private static final String APP = "https://app.example.com";

	private static final String URL = "https://api.example.com/api/orders";

	private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

	private static BrowserRequest put(CredentialsMode credentials) {
		return BrowserRequest.of(APP, "PUT").withCredentials(credentials);
	}

	private static BrowserResponse allowing(String methods, String headers, boolean credentials) {
		return BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials",
				credentials ? "true" : "false", "Access-Control-Allow-Methods", methods, "Access-Control-Allow-Headers",
				headers, "Access-Control-Max-Age", "600");
	}

	@Test
	void firefoxsCacheEntryStoredWithCredentialsDoesNotSpareARequestWithout() {
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			cache.store(put(CredentialsMode.INCLUDE), URL, allowing("PUT", "X-Request-Id", true), T0);
			assertThat(cache.covers(put(CredentialsMode.INCLUDE), URL, T0.plusSeconds(1))).as(profile.name()).isTrue();
			assertThat(cache.covers(put(CredentialsMode.OMIT), URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.FIREFOX);
		}
	}

	@Test
	void noProfilesCacheEntryStoredWithoutCredentialsSparesARequestWith() {
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			cache.store(put(CredentialsMode.OMIT), URL, allowing("PUT", "X-Request-Id", false), T0);
			assertThat(cache.covers(put(CredentialsMode.INCLUDE), URL, T0.plusSeconds(1))).as(profile.name()).isFalse();
		}
	}

	@Test
	void firefoxsCachedStarCoversNoMethod() {
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			cache.store(put(CredentialsMode.OMIT), URL, allowing("*", "X-Request-Id", false), T0);
			assertThat(cache.covers(put(CredentialsMode.OMIT), URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.FIREFOX);
		}
	}

	@Test
	void firefoxsCachedStarCoversNoHeader() {
		BrowserRequest withHeader = BrowserRequest.of(APP, "GET").withHeader("X-Request-Id", "1")
			.withCredentials(CredentialsMode.OMIT);
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			cache.store(withHeader, URL, allowing("GET", "*", false), T0);
			assertThat(cache.covers(withHeader, URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.FIREFOX);
		}
	}

	@Test
	void firefoxStillCachesWhatItNamesBesideAStar() {
		PreflightCache cache = new PreflightCache(BrowserProfile.FIREFOX);
		cache.store(put(CredentialsMode.OMIT), URL, allowing("*, PUT", "X-Request-Id", false), T0);
		assertThat(cache.covers(put(CredentialsMode.OMIT), URL, T0.plusSeconds(1))).isTrue();
	}

	@Test
	void firefoxCapsTheMaxAgeAt24HoursWhereChromiumCapsItAt2() {
		BrowserResponse week = BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods",
				"PUT", "Access-Control-Max-Age", "604800");
		assertThat(BrowserProfile.FIREFOX.maxAgeCap()).isEqualTo(Duration.ofHours(24));
		assertThat(BrowserProfile.CHROMIUM.maxAgeCap()).isEqualTo(Duration.ofHours(2));
		PreflightCache firefox = new PreflightCache(BrowserProfile.FIREFOX);
		firefox.store(put(CredentialsMode.OMIT), URL, week, T0);
		assertThat(firefox.covers(put(CredentialsMode.OMIT), URL, T0.plus(Duration.ofHours(24)).minusSeconds(1))).isTrue();
		assertThat(firefox.covers(put(CredentialsMode.OMIT), URL, T0.plus(Duration.ofHours(24)))).isFalse();
		PreflightCache chromium = new PreflightCache(BrowserProfile.CHROMIUM);
		chromium.store(put(CredentialsMode.OMIT), URL, week, T0);
		assertThat(chromium.covers(put(CredentialsMode.OMIT), URL, T0.plus(Duration.ofHours(2)))).isFalse();
	}

	@Test
	void firefoxLetsAStarCoverAuthorizationWithoutCredentialsAsChromiumDoes() {
		BrowserRequest withAuthorization = BrowserRequest.of(APP, "PUT").withHeader("Authorization", "Bearer t")
			.withCredentials(CredentialsMode.OMIT);
		BrowserResponse star = BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods",
				"PUT", "Access-Control-Allow-Headers", "*");
		assertThat(BrowserCorsCheck.checkPreflightResponse(withAuthorization, star, BrowserProfile.FIREFOX).passed()).isTrue();
		assertThat(BrowserCorsCheck.checkPreflightResponse(withAuthorization, star, BrowserProfile.FETCH_STANDARD).passed())
			.isFalse();
	}

	@Test
	void firefoxCachesThePreflightOfTheOpaqueOriginWhereChromiumCachesNothing() {
		BrowserRequest sandboxed = BrowserRequest.of("null", "PUT").withCredentials(CredentialsMode.OMIT);
		BrowserResponse response = BrowserResponse.of(204, "Access-Control-Allow-Origin", "null",
				"Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "600");
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache cache = new PreflightCache(profile);
			cache.store(sandboxed, URL, response, T0);
			assertThat(cache.covers(sandboxed, URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.CHROMIUM);
		}
	}

	@Test
	void firefoxsCacheSparesAHeadRequestOnlyWhenThePreflightListedHead() {
		BrowserRequest head = BrowserRequest.of(APP, "HEAD").withHeader("X-Request-Id", "1")
			.withCredentials(CredentialsMode.OMIT);
		for (BrowserProfile profile : BrowserProfile.values()) {
			PreflightCache listingOthers = new PreflightCache(profile);
			listingOthers.store(head, URL, allowing("GET, POST, PUT", "X-Request-Id", false), T0);
			assertThat(listingOthers.covers(head, URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.FIREFOX);
			PreflightCache listingNone = new PreflightCache(profile);
			listingNone.store(head, URL, BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
					"Access-Control-Allow-Headers", "X-Request-Id", "Access-Control-Max-Age", "600"), T0);
			assertThat(listingNone.covers(head, URL, T0.plusSeconds(1))).as(profile.name())
				.isEqualTo(profile != BrowserProfile.FIREFOX);
			PreflightCache listingHead = new PreflightCache(profile);
			listingHead.store(head, URL, allowing("HEAD", "X-Request-Id", false), T0);
			assertThat(listingHead.covers(head, URL, T0.plusSeconds(1))).as(profile.name()).isTrue();
		}
	}

	@Test
	void firefoxsCacheStillExemptsGetAndPost() {
		PreflightCache cache = new PreflightCache(BrowserProfile.FIREFOX);
		BrowserRequest get = BrowserRequest.of(APP, "GET").withHeader("X-Request-Id", "1").withCredentials(CredentialsMode.OMIT);
		cache.store(get, URL, allowing("PUT", "X-Request-Id", false), T0);
		assertThat(cache.covers(get, URL, T0.plusSeconds(1))).isTrue();
		assertThat(cache.covers(BrowserRequest.of(APP, "POST").withHeader("X-Request-Id", "1")
			.withCredentials(CredentialsMode.OMIT), URL, T0.plusSeconds(1))).isTrue();
	}

	@Test
	void aRequestThatNeedsNothingFromTheCacheIsSparedOnlyByAnEntryForItsUrl() {
		BrowserRequest plainGet = BrowserRequest.of(APP, "GET").withCredentials(CredentialsMode.OMIT);
		PreflightCache cache = new PreflightCache(BrowserProfile.FIREFOX);
		assertThat(cache.covers(plainGet, URL, T0)).as("no entry yet").isFalse();
		cache.store(plainGet, URL, allowing("GET", "X-Request-Id", false), T0);
		assertThat(cache.covers(plainGet, URL, T0.plusSeconds(1))).isTrue();
		assertThat(cache.covers(plainGet, URL, T0.plus(Duration.ofHours(1))))
			.as("Firefox keeps the entry once its names expire, and a request that needs none of them finds it")
			.isTrue();
		assertThat(cache.covers(plainGet, URL + "/other", T0.plusSeconds(1))).isFalse();
	}

	@Test
	void firefoxCachesNothingForAMaxAgeThatIsNotDigitsWhereTheStandardCachesFiveSeconds() {
		for (String malformed : new String[] { "ten", "-1", "600, 600", "1.5" }) {
			BrowserResponse response = BrowserResponse.of(204, "Access-Control-Max-Age", malformed);
			assertThat(PreflightCache.lifetime(response, BrowserProfile.FIREFOX)).as(malformed).isZero();
			assertThat(PreflightCache.lifetime(response, BrowserProfile.CHROMIUM)).as(malformed).isEqualTo(Duration.ofSeconds(5));
			assertThat(PreflightCache.lifetime(response, BrowserProfile.FETCH_STANDARD)).as(malformed)
				.isEqualTo(Duration.ofSeconds(5));
		}
		for (BrowserProfile profile : BrowserProfile.values()) {
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204), profile)).as("absent").isEqualTo(Duration.ofSeconds(5));
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204, "Access-Control-Max-Age", " "), profile)).as("empty")
				.isEqualTo(Duration.ofSeconds(5));
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204, "Access-Control-Max-Age", "600"), profile))
				.isEqualTo(Duration.ofSeconds(600));
		}
	}

}
