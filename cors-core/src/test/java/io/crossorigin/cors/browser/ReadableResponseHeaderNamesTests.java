package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadableResponseHeaderNamesTests {

	private static final String ORIGIN = "https://app.example";
	private static final String ACAO = "Access-Control-Allow-Origin";
	private static final String ACAC = "Access-Control-Allow-Credentials";
	private static final String ACEH = "Access-Control-Expose-Headers";

	private static final BrowserRequest REQUEST = BrowserRequest.of(ORIGIN, "GET");
	private static final BrowserRequest CREDENTIALED = REQUEST.withCredentials(CredentialsMode.INCLUDE);

	private static Set<String> readable(BrowserRequest request, BrowserResponse response) {
		return BrowserCorsCheck.readableResponseHeaderNames(request, response);
	}

	@Test
	void withoutExposeHeadersOnlyPresentSafelistedNamesAreReadable() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN,
				"Content-Type", "application/json",
				"Cache-Control", "no-store",
				"X-Request-Id", "42",
				"ETag", "\"v1\"",
				"Date", "Tue, 01 Jul 2025 00:00:00 GMT");
		assertThat(readable(REQUEST, response)).containsExactly("cache-control", "content-type");
	}

	@Test
	void exposedNamesThatArePresentBecomeReadable() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "X-Request-Id, X-Missing",
				"X-Request-Id", "42", "X-Other", "1", "Content-Length", "2");
		assertThat(readable(REQUEST, response)).containsExactly("content-length", "x-request-id");
	}

	@Test
	void exposedNamesMatchCaseInsensitivelyAndAreReturnedLowercase() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "x-request-id", "X-Request-ID", "42");
		assertThat(readable(REQUEST, response)).containsExactly("x-request-id");
	}

	@Test
	void namesFromRepeatedExposeHeadersAreAllExposed() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "X-A", ACEH, "X-B",
				"X-A", "1", "X-B", "2");
		assertThat(readable(REQUEST, response)).containsExactly("x-a", "x-b");
	}

	@ParameterizedTest
	@EnumSource(value = CredentialsMode.class, names = {"OMIT", "SAME_ORIGIN"})
	void wildcardExposesEveryPresentHeaderWithoutCredentials(CredentialsMode mode) {
		BrowserResponse response = BrowserResponse.of(200, ACAO, "*", ACEH, "*",
				"X-Request-Id", "42", "ETag", "\"v1\"", "Content-Type", "text/plain");
		assertThat(readable(REQUEST.withCredentials(mode), response)).containsExactly(
				"access-control-allow-origin", "access-control-expose-headers", "content-type", "etag", "x-request-id");
	}

	@Test
	void wildcardIsOnlyALiteralNameWithCredentials() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, ACAC, "true", ACEH, "*, X-Request-Id",
				"X-Request-Id", "42", "ETag", "\"v1\"", "Content-Type", "text/plain");
		assertThat(readable(CREDENTIALED, response)).containsExactly("content-type", "x-request-id");
	}

	@Test
	void setCookieIsNeverReadableEvenWhenExposed() {
		BrowserResponse listed = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "Set-Cookie, Set-Cookie2, X-A",
				"Set-Cookie", "a=b", "Set-Cookie2", "c=d", "X-A", "1");
		BrowserResponse wildcard = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "*",
				"Set-Cookie", "a=b", "set-cookie2", "c=d", "X-A", "1");
		assertThat(readable(REQUEST, listed)).containsExactly("x-a");
		assertThat(readable(REQUEST, wildcard)).containsExactly(
				"access-control-allow-origin", "access-control-expose-headers", "x-a");
	}

	@Test
	void malformedExposeHeadersExposesNothingBeyondTheSafelist() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, ACEH, "X-Request-Id, not a token",
				"X-Request-Id", "42", "Content-Type", "text/plain");
		assertThat(readable(REQUEST, response)).containsExactly("content-type");
	}

	@Test
	void nothingIsReadableWhenTheCorsCheckFails() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, "https://other.example", ACEH, "*",
				"Content-Type", "text/plain", "X-A", "1");
		assertThat(readable(REQUEST, response)).isEmpty();
	}

	@Test
	void nothingIsReadableWhenCredentialedResponseLacksAllowCredentials() {
		BrowserResponse response = BrowserResponse.of(200, ACAO, ORIGIN, "Content-Type", "text/plain");
		assertThat(readable(CREDENTIALED, response)).isEmpty();
	}

	@Test
	void errorStatusWithCorsHeadersIsReadable() {
		BrowserResponse response = BrowserResponse.of(500, ACAO, ORIGIN, ACEH, "X-Error-Code",
				"X-Error-Code", "E42", "Content-Type", "application/problem+json");
		assertThat(readable(REQUEST, response)).containsExactly("content-type", "x-error-code");
	}

	@Test
	void resultIsImmutable() {
		Set<String> names = readable(REQUEST, BrowserResponse.of(200, ACAO, ORIGIN, "Content-Type", "text/plain"));
		assertThatThrownBy(() -> names.add("x-a")).isInstanceOf(UnsupportedOperationException.class);
	}
}
