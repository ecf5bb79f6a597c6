package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorsCheckTests {

	private static final String ORIGIN = "https://b.com";
	private static final String ACAO = "Access-Control-Allow-Origin";
	private static final String ACAC = "Access-Control-Allow-Credentials";

	private static BrowserRequest request(CredentialsMode mode) {
		return BrowserRequest.of(ORIGIN, "GET").withCredentials(mode);
	}

	@ParameterizedTest
	@EnumSource(CredentialsMode.class)
	void missingAllowOriginFails(CredentialsMode mode) {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(mode), BrowserResponse.of(200, "Vary", "Origin"));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("No Access-Control-Allow-Origin header");
	}

	@ParameterizedTest
	@EnumSource(value = CredentialsMode.class, names = {"OMIT", "SAME_ORIGIN"})
	void wildcardPassesWithoutCredentials(CredentialsMode mode) {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(mode), BrowserResponse.of(200, ACAO, "*"));
		assertThat(result).isEqualTo(CorsCheckResult.pass());
	}

	@Test
	void wildcardFailsWithCredentialsEvenWhenAllowCredentialsIsTrue() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.INCLUDE),
				BrowserResponse.of(200, ACAO, "*", ACAC, "true"));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("'*'").contains("include");
	}

	@ParameterizedTest
	@EnumSource(value = CredentialsMode.class, names = {"OMIT", "SAME_ORIGIN"})
	void exactOriginPassesWithoutCredentialsAndWithoutAllowCredentials(CredentialsMode mode) {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(mode), BrowserResponse.of(200, ACAO, ORIGIN));
		assertThat(result.passed()).isTrue();
		assertThat(result.failure()).isNull();
	}

	@Test
	void mismatchFailureNamesBothValues() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, "https://a.com"));
		assertThat(result).isEqualTo(CorsCheckResult.fail(CorsFailure.ORIGIN_MISMATCH,
				"Access-Control-Allow-Origin 'https://a.com' does not match origin 'https://b.com'"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"https://B.com", "HTTPS://b.com", "https://b.com/", "http://b.com", "https://b.com:443",
			"b.com", " https://b.com", "null", ""})
	void allowOriginThatIsNotByteForByteTheOriginFails(String allowOrigin) {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, allowOrigin));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("does not match origin 'https://b.com'");
	}

	@Test
	void allowOriginListInOneHeaderFails() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, "https://b.com https://c.com"));
		assertThat(result.passed()).isFalse();
	}

	@Test
	void twoAllowOriginHeadersAreCombinedAndFail() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, ORIGIN, ACAO, "https://c.com"));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("'https://b.com, https://c.com'");
	}

	@Test
	void twoIdenticalAllowOriginHeadersFailToo() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, ORIGIN, ACAO, ORIGIN));
		assertThat(result.passed()).isFalse();
	}

	@Test
	void twoWildcardHeadersAreNotAWildcard() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, ACAO, "*", ACAO, "*"));
		assertThat(result.passed()).isFalse();
	}

	@Test
	void opaqueOriginMatchesAllowOriginNull() {
		BrowserRequest sandboxed = BrowserRequest.of("null", "GET");
		assertThat(BrowserCorsCheck.corsCheck(sandboxed, BrowserResponse.of(200, ACAO, "null")).passed()).isTrue();
	}

	@Test
	void exactOriginWithAllowCredentialsTruePassesWithCredentials() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.INCLUDE),
				BrowserResponse.of(200, ACAO, ORIGIN, ACAC, "true"));
		assertThat(result.passed()).isTrue();
	}

	@Test
	void missingAllowCredentialsFailsWithCredentials() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.INCLUDE),
				BrowserResponse.of(200, ACAO, ORIGIN));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("Access-Control-Allow-Credentials (absent)");
	}

	@ParameterizedTest
	@ValueSource(strings = {"True", "TRUE", "1", "yes", "", "true, true"})
	void allowCredentialsOtherThanExactlyTrueFailsWithCredentials(String value) {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.INCLUDE),
				BrowserResponse.of(200, ACAO, ORIGIN, ACAC, value));
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).contains("Access-Control-Allow-Credentials '" + value + "'");
	}

	@Test
	void twoAllowCredentialsHeadersAreCombinedAndFail() {
		CorsCheckResult result = BrowserCorsCheck.corsCheck(request(CredentialsMode.INCLUDE),
				BrowserResponse.of(200, ACAO, ORIGIN, ACAC, "true", ACAC, "true"));
		assertThat(result.passed()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = {200, 201, 302, 404, 500, 503})
	void actualResponsePassesWhateverItsStatus(int status) {
		CorsCheckResult result = BrowserCorsCheck.checkActualResponse(request(CredentialsMode.OMIT),
				BrowserResponse.of(status, ACAO, ORIGIN));
		assertThat(result.passed()).isTrue();
	}

	@Test
	void actualResponseWithoutAllowOriginFailsEvenWhenOk() {
		CorsCheckResult result = BrowserCorsCheck.checkActualResponse(request(CredentialsMode.OMIT),
				BrowserResponse.of(200, "Content-Type", "application/json"));
		assertThat(result.passed()).isFalse();
	}

	@Test
	void actualResponseWithCredentialsNeedsAllowCredentials() {
		BrowserRequest request = request(CredentialsMode.INCLUDE);
		assertThat(BrowserCorsCheck.checkActualResponse(request, BrowserResponse.of(500, ACAO, ORIGIN)).passed())
				.isFalse();
		assertThat(BrowserCorsCheck.checkActualResponse(request, BrowserResponse.of(500, ACAO, ORIGIN, ACAC, "true"))
				.passed()).isTrue();
	}
	@Test
	void thePreflightAloneIsSentAndJudgedAsFetchWouldJudgeIt() {
		BrowserRequest put = BrowserRequest.of("https://app.example.com", "PUT").withHeader("X-Request-Id", "7");
		List<String> sent = new ArrayList<>();
		PreflightResult passed = BrowserFetch.preflight(put, (method, headers) -> {
			sent.add(method + " " + headers);
			return BrowserResponse.of(204, "Access-Control-Allow-Origin", "https://app.example.com",
					"Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Headers", "x-request-id");
		});
		assertThat(passed.passed()).isTrue();
		assertThat(sent).containsExactly("OPTIONS " + BrowserFetch.preflightRequestHeaders(put));
		assertThat(BrowserFetch.preflight(put, (method, headers) -> BrowserResponse.of(403)).failure())
			.startsWith("No Access-Control-Allow-Origin header is present");
		assertThat(BrowserFetch.preflight(put, (method, headers) -> null).failure())
			.isEqualTo("no response to the preflight");
	}

}
