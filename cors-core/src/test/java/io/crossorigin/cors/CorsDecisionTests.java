package io.crossorigin.cors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.crossorigin.cors.CorsDecision.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a decision says of itself, and how it quotes a request-supplied value for the log: escaped,
 * truncated at {@link CorsDecision#MAX_DETAIL_LENGTH}, never able to forge a line.
 */
class CorsDecisionTests {

	@ParameterizedTest
	@EnumSource(Kind.class)
	void eachKindIsExactlyOneOfAllowedRejectedOrNeither(Kind kind) {
		CorsDecision decision = CorsDecision.of(kind, CorsReason.ALLOWED);
		assertThat(decision.isPreflight()).isEqualTo(kind == Kind.PREFLIGHT_ACCEPTED || kind == Kind.PREFLIGHT_REJECTED);
		assertThat(decision.isAllowed()).isEqualTo(kind == Kind.PREFLIGHT_ACCEPTED || kind == Kind.ACTUAL_ALLOWED
				|| kind == Kind.HANDSHAKE_ALLOWED);
		assertThat(decision.isRejected()).isEqualTo(kind == Kind.PREFLIGHT_REJECTED || kind == Kind.ACTUAL_DENIED
				|| kind == Kind.ACTUAL_REFUSED || kind == Kind.HANDSHAKE_REFUSED);
		assertThat(kind.isPreflight()).isEqualTo(decision.isPreflight());
		assertThat(decision.isHandshake()).isEqualTo(kind == Kind.HANDSHAKE_ALLOWED || kind == Kind.HANDSHAKE_REFUSED);
		assertThat(decision.isAnswered())
			.isEqualTo(decision.isPreflight() || kind == Kind.ACTUAL_REFUSED || kind == Kind.HANDSHAKE_REFUSED);
	}

	@Test
	void aRefusedHandshakeIsAnswered403AndAnAllowedOneHasNoStatusOfOurs() {
		assertThat(CorsDecision.of(Kind.HANDSHAKE_REFUSED, CorsReason.ORIGIN_NOT_ALLOWED).status()).isEqualTo(403);
		assertThatIllegalStateException().isThrownBy(() -> CorsDecision.of(Kind.HANDSHAKE_ALLOWED, CorsReason.ALLOWED).status());
	}

	@Test
	void aRefusedActualRequestIsAnswered403() {
		assertThat(CorsDecision.of(Kind.ACTUAL_REFUSED, CorsReason.ORIGIN_NOT_ALLOWED).status()).isEqualTo(403);
		assertThatIllegalStateException().isThrownBy(() -> CorsDecision.of(Kind.ACTUAL_DENIED, CorsReason.ORIGIN_NOT_ALLOWED).status());
	}

	@Test
	void onlyPreflightsHaveAStatus() {
		assertThat(CorsDecision.of(Kind.PREFLIGHT_ACCEPTED, CorsReason.ALLOWED).status()).isEqualTo(204);
		assertThat(CorsDecision.of(Kind.PREFLIGHT_REJECTED, CorsReason.ORIGIN_NOT_ALLOWED).status()).isEqualTo(403);
		assertThatIllegalStateException().isThrownBy(() -> CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOWED).status());
		assertThatIllegalStateException().isThrownBy(() -> CorsDecision.of(Kind.NOT_CORS, CorsReason.NO_ORIGIN).status());
	}

	@Test
	void everyDecisionIsSharedAndSaysWhatHappened() {
		CorsDecision decision = CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOWED);
		assertThat(decision).isSameAs(CorsDecision.of(Kind.ACTUAL_ALLOWED, CorsReason.ALLOWED));
		assertThat(decision).hasToString("ACTUAL_ALLOWED: the policy allows the request");
		assertThat(CorsDecision.of(Kind.ACTUAL_DENIED, CorsReason.ORIGIN_NOT_ALLOWED))
			.isSameAs(CorsDecision.of(Kind.ACTUAL_DENIED, CorsReason.ORIGIN_NOT_ALLOWED))
			.hasToString("ACTUAL_DENIED: the origin is not allowed");
	}

	@Test
	void theOffendingValueOfARefusalIsReadBackFromTheRequestOnlyWhenAsked() {
		CorsEngine engine = new CorsEngine();
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedHeaders("X-Request-Id").build();
		TestRequest evil = TestRequest.cors("PUT", "https://evil.example.org");
		assertThat(CorsEngine.offendingValue(policy, evil, engine.decide(policy, evil, new TestResponse())))
			.isEqualTo("'https://evil.example.org'");
		TestRequest method = TestRequest.cors("PUT", "https://app.example.com");
		assertThat(CorsEngine.offendingValue(policy, method, engine.decide(policy, method, new TestResponse())))
			.isEqualTo("'PUT'");
		TestRequest headers = TestRequest.preflight("https://app.example.com", "GET").requestHeaders("x-request-id,\tx-secret");
		assertThat(CorsEngine.offendingValue(policy, headers, engine.decide(policy, headers, new TestResponse())))
			.isEqualTo("'x-secret'");
		TestRequest malformed = TestRequest.preflight("https://app.example.com", "GET").requestHeaders("x-request-id,x y");
		assertThat(CorsEngine.offendingValue(policy, malformed, engine.decide(policy, malformed, new TestResponse())))
			.isEqualTo("'x-request-id,x y'");
		TestRequest allowed = TestRequest.cors("GET", "https://app.example.com");
		assertThat(CorsEngine.offendingValue(policy, allowed, engine.decide(policy, allowed, new TestResponse()))).isNull();
	}

	@Test
	void detailIsQuotedWithUnsafeCharactersEscaped() {
		assertThat(CorsDecision.sanitize("a'b\\c\r\n\u0000\u001f\u007f\u007e\u00e9 z", 0, 14))
			.isEqualTo("'a\\u0027b\\u005cc\\u000d\\u000a\\u0000\\u001f\\u007f~\\u00e9 z'");
		assertThat(CorsDecision.sanitize("xxabcxx", 2, 5)).isEqualTo("'abc'");
	}

	@Test
	void detailKeepsEightyCharactersAndSaysHowLongTheRestWas() {
		String eighty = "a".repeat(CorsDecision.MAX_DETAIL_LENGTH);
		assertThat(CorsDecision.sanitize(eighty, 0, 80)).isEqualTo("'" + eighty + "'");
		assertThat(CorsDecision.sanitize(eighty + "b", 0, 81)).isEqualTo("'" + eighty + "'... (81 characters)");
		assertThat(CorsDecision.sanitize("x" + eighty + "bc", 1, 83)).isEqualTo("'" + eighty + "'... (82 characters)");
	}

}
