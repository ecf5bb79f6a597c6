package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreflightResponseTests {

	private static final String ORIGIN = "https://app.example";
	private static final String ACAO = "Access-Control-Allow-Origin";
	private static final String ACAC = "Access-Control-Allow-Credentials";
	private static final String ACAM = "Access-Control-Allow-Methods";
	private static final String ACAH = "Access-Control-Allow-Headers";
	private static final String ACMA = "Access-Control-Max-Age";
	private static final String ACAPN = "Access-Control-Allow-Private-Network";

	private static BrowserRequest put() {
		return BrowserRequest.of(ORIGIN, "PUT");
	}

	/** A response allowing the origin, plus the given headers; with ACAC true for credentialed requests. */
	private static BrowserResponse allowing(int status, BrowserRequest request, String... namesAndValues) {
		List<String> all = new ArrayList<>(List.of(ACAO, ORIGIN));
		if (request.credentialsMode() == CredentialsMode.INCLUDE) {
			all.addAll(List.of(ACAC, "true"));
		}
		all.addAll(List.of(namesAndValues));
		return BrowserResponse.of(status, all.toArray(String[]::new));
	}

	private static PreflightResult check(BrowserRequest request, BrowserResponse response) {
		return BrowserCorsCheck.checkPreflightResponse(request, response);
	}

	@Nested
	class Status {

		@ParameterizedTest
		@ValueSource(ints = {200, 204, 299})
		void okStatusPasses(int status) {
			PreflightResult result = check(put(), allowing(status, put(), ACAM, "PUT"));
			assertThat(result.passed()).isTrue();
			assertThat(result.failure()).isNull();
		}

		@ParameterizedTest
		@ValueSource(ints = {300, 301, 304, 403, 404, 500, 199})
		void statusOutside200To299Fails(int status) {
			PreflightResult result = check(put(), allowing(status, put(), ACAM, "PUT"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("status " + status).contains("not an ok status");
		}

		@Test
		void failedCorsCheckFailsThePreflight() {
			PreflightResult result = check(put(), BrowserResponse.of(204, ACAM, "PUT"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("No Access-Control-Allow-Origin header");
		}

		@Test
		void credentialedPreflightNeedsAllowCredentials() {
			BrowserRequest request = put().withCredentials(CredentialsMode.INCLUDE);
			PreflightResult result = check(request, BrowserResponse.of(204, ACAO, ORIGIN, ACAM, "PUT"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Credentials");
		}
	}

	@Nested
	class Methods {

		@Test
		void methodMissingFromAllowMethodsFails() {
			PreflightResult result = check(put(), allowing(200, put(), ACAM, "GET, POST"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).isEqualTo("Method 'PUT' is not allowed by Access-Control-Allow-Methods 'GET, POST'");
		}

		@Test
		void absentAllowMethodsFailsForANonSafelistedMethod() {
			PreflightResult result = check(put(), allowing(200, put()));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Method 'PUT'").contains("Access-Control-Allow-Methods (absent)");
		}

		@Test
		void allowMethodsIsCaseSensitive() {
			assertThat(check(put(), allowing(200, put(), ACAM, "put")).passed()).isFalse();
		}

		@Test
		void lowercasePatchIsNotAllowedByUppercasePatch() {
			BrowserRequest patch = BrowserRequest.of(ORIGIN, "patch");
			assertThat(check(patch, allowing(200, patch, ACAM, "PATCH")).passed()).isFalse();
			assertThat(check(patch, allowing(200, patch, ACAM, "patch")).passed()).isTrue();
		}

		@Test
		void methodInARepeatedAllowMethodsHeaderIsAllowed() {
			assertThat(check(put(), allowing(200, put(), ACAM, "GET", ACAM, "PUT")).passed()).isTrue();
		}

		@Test
		void emptyItemsAndSurroundingTabsAndSpacesAreIgnored() {
			assertThat(check(put(), allowing(200, put(), ACAM, " ,GET,, \tPUT\t ,")).passed()).isTrue();
		}

		@ParameterizedTest
		@EnumSource(value = CredentialsMode.class, names = {"OMIT", "SAME_ORIGIN"})
		void wildcardCoversMethodsWithoutCredentials(CredentialsMode mode) {
			BrowserRequest request = put().withCredentials(mode);
			assertThat(check(request, allowing(200, request, ACAM, "*")).passed()).isTrue();
		}

		@Test
		void wildcardDoesNotCoverMethodsWithCredentials() {
			BrowserRequest request = put().withCredentials(CredentialsMode.INCLUDE);
			PreflightResult result = check(request, allowing(200, request, ACAM, "*"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Method 'PUT'").contains("'include'");
		}

		@Test
		void explicitMethodIsAllowedWithCredentials() {
			BrowserRequest request = put().withCredentials(CredentialsMode.INCLUDE);
			assertThat(check(request, allowing(200, request, ACAM, "*, PUT")).passed()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"GET", "HEAD", "POST"})
		void safelistedMethodPassesWithoutAllowMethods(String method) {
			BrowserRequest request = BrowserRequest.of(ORIGIN, method).withHeader("X-Custom", "1");
			assertThat(check(request, allowing(200, request, ACAH, "X-Custom")).passed()).isTrue();
		}

		@Test
		void safelistedMethodPassesEvenWhenAllowMethodsDoesNotListIt() {
			BrowserRequest request = BrowserRequest.of(ORIGIN, "POST").withHeader("X-Custom", "1")
					.withCredentials(CredentialsMode.INCLUDE);
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "X-Custom")).passed()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"GET, P OST", "PUT;", "GET/POST", "\"PUT\"", "PUT DELETE", "PUT,(x)"})
		void malformedAllowMethodsItemFails(String allowMethods) {
			PreflightResult result = check(put(), allowing(200, put(), ACAM, allowMethods));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Methods").contains("not a method token");
		}

		@Test
		void malformedAllowMethodsFailsEvenForASafelistedMethod() {
			BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader("X-Custom", "1");
			PreflightResult result = check(request, allowing(200, request, ACAM, "GET, P OST", ACAH, "X-Custom"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("'P OST'");
		}
	}

	@Nested
	class Headers {

		private BrowserRequest custom() {
			return put().withHeader("X-Custom-Header", "1");
		}

		@Test
		void headerMissingFromAllowHeadersFails() {
			PreflightResult result = check(custom(), allowing(200, custom(), ACAM, "PUT", ACAH, "X-Other"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).isEqualTo(
					"Request header 'x-custom-header' is not allowed by Access-Control-Allow-Headers 'X-Other'");
		}

		@Test
		void absentAllowHeadersFailsForAnUnsafeHeader() {
			PreflightResult result = check(custom(), allowing(200, custom(), ACAM, "PUT"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Headers (absent)");
		}

		@Test
		void allowHeadersMatchesNamesCaseInsensitively() {
			assertThat(check(custom(), allowing(200, custom(), ACAM, "PUT", ACAH, "x-CUSTOM-header")).passed()).isTrue();
		}

		@Test
		void everyUnsafeHeaderMustBeAllowed() {
			BrowserRequest request = custom().withHeader("Content-Type", "application/json");
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "X-Custom-Header")).passed()).isFalse();
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "X-Custom-Header, Content-Type"))
					.passed()).isTrue();
		}

		@Test
		void safelistedHeadersNeedNotBeAllowed() {
			BrowserRequest request = custom().withHeader("Accept", "*/*").withHeader("Content-Type", "text/plain");
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "X-Custom-Header")).passed()).isTrue();
		}

		@ParameterizedTest
		@EnumSource(value = CredentialsMode.class, names = {"OMIT", "SAME_ORIGIN"})
		void wildcardCoversHeadersWithoutCredentials(CredentialsMode mode) {
			BrowserRequest request = custom().withCredentials(mode);
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "*")).passed()).isTrue();
		}

		@Test
		void wildcardDoesNotCoverHeadersWithCredentials() {
			BrowserRequest request = custom().withCredentials(CredentialsMode.INCLUDE);
			PreflightResult result = check(request, allowing(200, request, ACAM, "PUT", ACAH, "*"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("'x-custom-header'").contains("'include'");
		}

		@Test
		void explicitHeaderIsAllowedWithCredentials() {
			BrowserRequest request = custom().withCredentials(CredentialsMode.INCLUDE);
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "X-Custom-Header")).passed()).isTrue();
		}

		@Test
		void wildcardNeverCoversAuthorization() {
			BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader("Authorization", "Bearer t");
			PreflightResult result = check(request, allowing(200, request, ACAH, "*"));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("'authorization'").contains("never covers Authorization");
		}

		@ParameterizedTest
		@ValueSource(strings = {"Authorization", "authorization", "*, AUTHORIZATION"})
		void authorizationListedByNameIsAllowed(String allowHeaders) {
			BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader("Authorization", "Bearer t");
			assertThat(check(request, allowing(200, request, ACAH, allowHeaders)).passed()).isTrue();
		}

		@Test
		void authorizationListedByNameIsAllowedWithCredentials() {
			BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader("Authorization", "Bearer t")
					.withCredentials(CredentialsMode.INCLUDE);
			assertThat(check(request, allowing(200, request, ACAH, "Authorization")).passed()).isTrue();
		}

		@Test
		void wildcardStillCoversOtherHeadersWhenAuthorizationIsListed() {
			BrowserRequest request = custom().withHeader("Authorization", "Bearer t");
			assertThat(check(request, allowing(200, request, ACAM, "PUT", ACAH, "Authorization, *")).passed()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"X-Custom-Header, X Other", "X-Custom-Header:", "X-Custom-Header;", "\"X-Custom-Header\"",
				"X-Custom-Header, caf\u00E9"})
		void malformedAllowHeadersItemFails(String allowHeaders) {
			PreflightResult result = check(custom(), allowing(200, custom(), ACAM, "PUT", ACAH, allowHeaders));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Headers").contains("not a header name token");
		}

		@Test
		void emptyAllowHeadersItemsAreIgnored() {
			assertThat(check(custom(), allowing(200, custom(), ACAM, "PUT", ACAH, " , X-Custom-Header ,,")).passed())
					.isTrue();
		}
	}

	@Nested
	class PrivateNetwork {

		private BrowserRequest privateGet() {
			return BrowserRequest.of(ORIGIN, "GET").withPrivateNetworkAccess();
		}

		@Test
		void privateNetworkRequestPassesWithAllowPrivateNetworkTrue() {
			assertThat(check(privateGet(), allowing(204, privateGet(), ACAPN, "true")).passed()).isTrue();
		}

		@Test
		void privateNetworkRequestFailsWithoutAllowPrivateNetwork() {
			PreflightResult result = check(privateGet(), allowing(204, privateGet()));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Private-Network (absent)");
		}

		@ParameterizedTest
		@ValueSource(strings = {"True", "1", "false", ""})
		void privateNetworkRequestFailsWithAllowPrivateNetworkOtherThanTrue(String value) {
			PreflightResult result = check(privateGet(), allowing(204, privateGet(), ACAPN, value));
			assertThat(result.passed()).isFalse();
			assertThat(result.failure()).contains("Access-Control-Allow-Private-Network '" + value + "'");
		}

		@Test
		void publicRequestDoesNotNeedAllowPrivateNetwork() {
			assertThat(check(put(), allowing(204, put(), ACAM, "PUT")).passed()).isTrue();
		}

		@Test
		void allowPrivateNetworkDoesNotReplaceTheOtherChecks() {
			BrowserRequest request = put().withPrivateNetworkAccess();
			assertThat(check(request, allowing(204, request, ACAPN, "true")).passed()).isFalse();
			assertThat(check(request, allowing(204, request, ACAPN, "true", ACAM, "PUT")).passed()).isTrue();
		}
	}

	@Nested
	class MaxAge {

		@Test
		void absentMaxAgeIsFiveSeconds() {
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204))).isEqualTo(Duration.ofSeconds(5));
		}

		@ParameterizedTest
		@CsvSource({"600, 600", "0, 0", "1, 1", "7200, 7200", "7201, 7200", "86400, 7200", "0600, 600",
				"99999999999999999999999, 7200", "' 600 ', 600"})
		void validMaxAgeIsCappedAtTwoHours(String maxAge, long seconds) {
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204, ACMA, maxAge)))
					.isEqualTo(Duration.ofSeconds(seconds));
		}

		@ParameterizedTest
		@ValueSource(strings = {"-1", "abc", "", "1.5", "+5", "5s", "1e3", "0x10", "\u0665"})
		void invalidMaxAgeIsFiveSeconds(String maxAge) {
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204, ACMA, maxAge)))
					.isEqualTo(Duration.ofSeconds(5));
		}

		@Test
		void repeatedMaxAgeIsFiveSeconds() {
			assertThat(PreflightCache.lifetime(BrowserResponse.of(204, ACMA, "600", ACMA, "600")))
					.isEqualTo(Duration.ofSeconds(5));
		}

		@Test
		void chromiumCapIsTwoHours() {
			assertThat(PreflightCache.CHROMIUM_MAX_AGE_CAP).isEqualTo(Duration.ofHours(2));
		}

		@Test
		void passedPreflightCarriesTheCacheLifetime() {
			assertThat(check(put(), allowing(204, put(), ACAM, "PUT", ACMA, "600")).cacheLifetime())
					.isEqualTo(Duration.ofSeconds(600));
			assertThat(check(put(), allowing(204, put(), ACAM, "PUT", ACMA, "86400")).cacheLifetime())
					.isEqualTo(Duration.ofSeconds(7200));
			assertThat(check(put(), allowing(204, put(), ACAM, "PUT")).cacheLifetime())
					.isEqualTo(Duration.ofSeconds(5));
		}

		@Test
		void failedPreflightIsNotCached() {
			assertThat(check(put(), allowing(204, put(), ACAM, "GET", ACMA, "600")).cacheLifetime())
					.isEqualTo(Duration.ZERO);
		}
	}
}
