package io.crossorigin.cors.browser;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the browser's checks fail comes with its {@link CorsFailure}, through the whole
 * {@code fetch}, and every kind is reached by one of these.
 */
class CorsFailureTests {

	private static final String APP = "https://app.example.com";

	private static final Set<CorsFailure> SEEN = EnumSet.noneOf(CorsFailure.class);

	@AfterAll
	static void everyKindIsReached() {
		assertThat(SEEN).containsExactlyInAnyOrder(CorsFailure.values());
	}

	private static void assertFailsWith(CorsFailure kind, BrowserRequest request, BrowserResponse preflight,
			BrowserResponse actual) {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(request,
				(method, headers) -> method.equals("OPTIONS") ? preflight : actual);
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failureKind()).as(outcome.failure()).isEqualTo(kind);
		SEEN.add(kind);
	}

	private static BrowserResponse allowing(String... more) {
		String[] fields = new String[more.length + 2];
		fields[0] = "Access-Control-Allow-Origin";
		fields[1] = APP;
		System.arraycopy(more, 0, fields, 2, more.length);
		return BrowserResponse.of(204, fields);
	}

	@Test
	void checksOfTheResponse() {
		BrowserRequest get = BrowserRequest.of(APP, "GET");
		BrowserRequest credentialed = get.withCredentials(CredentialsMode.INCLUDE);
		assertFailsWith(CorsFailure.NO_ALLOW_ORIGIN, get, null, BrowserResponse.of(200));
		assertFailsWith(CorsFailure.WILDCARD_ORIGIN_WITH_CREDENTIALS, credentialed, null,
				BrowserResponse.of(200, "Access-Control-Allow-Origin", "*"));
		assertFailsWith(CorsFailure.ORIGIN_MISMATCH, get, null,
				BrowserResponse.of(200, "Access-Control-Allow-Origin", "https://other.example.com"));
		assertFailsWith(CorsFailure.CREDENTIALS_NOT_ALLOWED, credentialed, null, allowing());
		assertFailsWith(CorsFailure.NO_RESPONSE, get, null, null);
	}

	@Test
	void checksOfThePreflight() {
		BrowserRequest put = BrowserRequest.of(APP, "PUT");
		assertFailsWith(CorsFailure.PREFLIGHT_STATUS_NOT_OK, put, BrowserResponse.of(401, "Access-Control-Allow-Origin", APP), null);
		assertFailsWith(CorsFailure.MALFORMED_ALLOW_LIST, put, allowing("Access-Control-Allow-Methods", "PUT;"), null);
		assertFailsWith(CorsFailure.METHOD_NOT_ALLOWED, put, allowing("Access-Control-Allow-Methods", "GET"), null);
		assertFailsWith(CorsFailure.AUTHORIZATION_NOT_LISTED, BrowserRequest.of(APP, "GET").withHeader("Authorization", "t"),
				allowing("Access-Control-Allow-Headers", "*"), null);
		assertFailsWith(CorsFailure.HEADER_NOT_ALLOWED, BrowserRequest.of(APP, "GET").withHeader("X-Tenant", "a"),
				allowing("Access-Control-Allow-Headers", "X-Other"), null);
		assertFailsWith(CorsFailure.PRIVATE_NETWORK_NOT_ALLOWED, BrowserRequest.of(APP, "GET").withPrivateNetworkAccess(),
				allowing(), null);
		assertFailsWith(CorsFailure.NO_RESPONSE, put, null, null);
	}

	@Test
	void redirectsTheBrowserWillNotFollow() {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of(APP, "GET"),
				URI.create("https://api.example.com/a"), (url, method, headers) -> BrowserResponse.of(302,
						"Access-Control-Allow-Origin", APP, "Location", "https://user:pw@api.example.com/b"),
				new PreflightCache(), Instant.EPOCH);
		assertThat(outcome.failureKind()).isEqualTo(CorsFailure.REDIRECT_NOT_FOLLOWED);
		SEEN.add(outcome.failureKind());
	}

	@Test
	void aReadableResponseHasNoFailureKind() {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of(APP, "GET"),
				(method, headers) -> BrowserResponse.of(200, "Access-Control-Allow-Origin", APP));
		assertThat(outcome.readable()).isTrue();
		assertThat(outcome.failureKind()).isNull();
	}

}
