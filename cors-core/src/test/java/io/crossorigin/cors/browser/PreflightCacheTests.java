package io.crossorigin.cors.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CORS-preflight cache as the Fetch standard keys and matches it, and a browser's fetches
 * through it.
 */
class PreflightCacheTests {

	private static final String APP = "https://app.example.com";

	private static final String URL = "https://api.example.com/api/orders";

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private final PreflightCache cache = new PreflightCache();

	private static BrowserRequest put() {
		return BrowserRequest.of(APP, "PUT");
	}

	private static BrowserResponse allowing(String... namesAndValues) {
		List<String> fields = new ArrayList<>(List.of("Access-Control-Allow-Origin", APP));
		fields.addAll(List.of(namesAndValues));
		return BrowserResponse.of(204, fields.toArray(String[]::new));
	}

	@Test
	void aStoredMethodSparesTheNextPreflightUntilMaxAgeRunsOut() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "600"), T0);
		assertThat(this.cache.covers(put(), URL, T0.plusSeconds(599))).isTrue();
		assertThat(this.cache.covers(put(), URL, T0.plusSeconds(600))).isFalse();
	}

	@Test
	void withoutMaxAgeAnEntryLivesFiveSeconds() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(this.cache.covers(put(), URL, T0.plusMillis(4_999))).isTrue();
		assertThat(this.cache.covers(put(), URL, T0.plusSeconds(5))).isFalse();
	}

	@Test
	void chromiumCapsMaxAgeAtTwoHours() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "86400"), T0);
		assertThat(this.cache.covers(put(), URL, T0.plus(Duration.ofHours(2)).minusSeconds(1))).isTrue();
		assertThat(this.cache.covers(put(), URL, T0.plus(Duration.ofHours(2)))).isFalse();
	}

	@Test
	void maxAgeZeroStoresNothing() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "0"), T0);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void entriesAreKeyedByOriginAndUrl() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(this.cache.covers(BrowserRequest.of("https://other.example.com", "PUT"), URL, T0)).isFalse();
		assertThat(this.cache.covers(put(), URL + "/7", T0)).isFalse();
	}

	@Test
	void aMethodOrHeaderNotStoredNeedsAPreflight() {
		this.cache.store(put().withHeader("X-Request-Id", "1"), URL,
				allowing("Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Headers", "x-request-id"), T0);
		assertThat(this.cache.covers(put().withHeader("X-REQUEST-ID", "2"), URL, T0)).isTrue();
		assertThat(this.cache.covers(put().withHeader("X-Tenant", "a"), URL, T0)).isFalse();
		assertThat(this.cache.covers(BrowserRequest.of(APP, "DELETE"), URL, T0)).isFalse();
	}

	@Test
	void anEmptyAllowMethodsStoresTheRequestsMethod() {
		this.cache.store(put(), URL, allowing(), T0);
		assertThat(this.cache.covers(put(), URL, T0)).isTrue();
	}

	@Test
	void wildcardsCoverRequestsWithoutCredentialsOnlyAndNeverAuthorization() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "*", "Access-Control-Allow-Headers", "*"), T0);
		assertThat(this.cache.covers(BrowserRequest.of(APP, "DELETE").withHeader("X-Tenant", "a"), URL, T0)).isTrue();
		assertThat(this.cache.covers(put().withHeader("Authorization", "Bearer x"), URL, T0)).isFalse();
		assertThat(this.cache.covers(BrowserRequest.of(APP, "DELETE").withCredentials(CredentialsMode.INCLUDE), URL, T0))
			.isFalse();
	}

	@Test
	void anEntryStoredWithCredentialsCoversRequestsWithoutButNotTheOtherWayRound() {
		this.cache.store(put().withCredentials(CredentialsMode.INCLUDE), URL, allowing("Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(this.cache.covers(put(), URL, T0)).isTrue();
		PreflightCache withoutCredentials = new PreflightCache();
		withoutCredentials.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(withoutCredentials.covers(put().withCredentials(CredentialsMode.INCLUDE), URL, T0)).isFalse();
	}

	@Test
	void privateNetworkRequestsAlwaysSendAPreflight() {
		this.cache.store(put(), URL, allowing("Access-Control-Allow-Methods", "PUT"), T0);
		assertThat(this.cache.covers(put().withPrivateNetworkAccess(), URL, T0)).isFalse();
	}

	@Test
	void aBrowserWithACacheSendsOnePreflightForTwoFetchesWithinMaxAge() {
		List<String> sent = new ArrayList<>();
		BrowserFetch.Server server = (method, headers) -> {
			sent.add(method);
			return method.equals("OPTIONS")
					? allowing("Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "60")
					: BrowserResponse.of(200, "Access-Control-Allow-Origin", APP);
		};
		assertThat(BrowserFetch.fetch(put(), URL, server, this.cache, T0).preflighted()).isTrue();
		assertThat(BrowserFetch.fetch(put(), URL, server, this.cache, T0.plusSeconds(30)).preflighted()).isFalse();
		assertThat(BrowserFetch.fetch(put(), URL, server, this.cache, T0.plusSeconds(61)).preflighted()).isTrue();
		assertThat(sent).containsExactly("OPTIONS", "PUT", "PUT", "OPTIONS", "PUT");
	}

	@Test
	void aFailedPreflightIsNotCached() {
		BrowserFetch.Server refusing = (method, headers) -> BrowserResponse.of(403);
		assertThat(BrowserFetch.fetch(put(), URL, refusing, this.cache, T0).readable()).isFalse();
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aStarFromACredentialedPreflightIsOnlyANameForLaterRequestsWithoutCredentials() {
		BrowserRequest credentialed = BrowserRequest.of(APP, "PUT").withCredentials(CredentialsMode.INCLUDE);
		this.cache.store(credentialed, URL, allowing("Access-Control-Allow-Credentials", "true",
				"Access-Control-Allow-Methods", "PUT, *", "Access-Control-Allow-Headers", "*"), T0);
		BrowserRequest withHeader = BrowserRequest.of(APP, "PUT").withCredentials(CredentialsMode.OMIT)
			.withHeader("X-Request-Id", "7");
		assertThat(this.cache.covers(BrowserRequest.of(APP, "PUT").withCredentials(CredentialsMode.OMIT), URL, T0))
			.as("the method was listed by name").isTrue();
		assertThat(this.cache.covers(withHeader, URL, T0)).isFalse();
		assertThat(this.cache.covers(BrowserRequest.of(APP, "DELETE").withCredentials(CredentialsMode.OMIT), URL, T0))
			.isFalse();
	}

}
