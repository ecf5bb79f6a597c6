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
 * out of three). Its 24-hour max-age cap comes from its source, not from a run.
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

}
