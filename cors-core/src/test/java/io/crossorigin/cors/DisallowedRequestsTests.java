package io.crossorigin.cors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.crossorigin.cors.CorsDecision.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code disallowed-requests}: by default an actual request the policy does not allow proceeds
 * without CORS headers; with {@code refuse} it is answered 403, with no {@code Access-Control-*}
 * header and the same {@code Vary}. Preflights, allowed requests and handshakes are unchanged.
 */
class DisallowedRequestsTests {

	static final String APP = "https://app.example.com";

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy passing = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("GET", "POST").build();

	private final CorsPolicy refusing = this.passing.toBuilder().disallowedRequests(DisallowedRequests.REFUSE).build();

	@Test
	void theDefaultPassesADisallowedRequestOnWithoutCorsHeaders() {
		assertThat(CorsPolicy.builder().build().disallowedRequests()).isEqualTo(DisallowedRequests.PASS);
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(this.passing, TestRequest.cors("POST", "https://evil.example.org"), response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_DENIED);
		assertThat(decision.isAnswered()).isFalse();
		assertThat(response.headers()).containsOnlyKeys("Vary");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example.org", "null", "https://app.example.com.evil.example.org",
			"https://APP.example.com", "https://app.example.com, https://evil.example.org", "http://app.example.com" })
	void refuseAnswersARefusedOrigin403WithOnlyVary(String origin) {
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(this.refusing, TestRequest.cors("POST", origin), response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_REFUSED);
		assertThat(decision.isAnswered()).isTrue();
		assertThat(decision.isRejected()).isTrue();
		assertThat(decision.status()).isEqualTo(403);
		assertThat(response.headers()).containsOnlyKeys("Vary");
		assertThat(response.get("Vary")).isEqualTo("Origin");
	}

	@Test
	void refuseAnswersAMethodThePolicyDoesNotAllow403() {
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(this.refusing, TestRequest.cors("DELETE", APP), response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_REFUSED);
		assertThat(decision.reason()).isEqualTo(CorsReason.METHOD_NOT_ALLOWED);
		assertThat(response.headers()).containsOnlyKeys("Vary");
	}

	@Test
	void refuseChangesNothingForAllowedRequestsPreflightsSameOriginAndHandshakes() {
		assertThat(this.engine.decide(this.refusing, TestRequest.cors("POST", APP), new TestResponse()).kind())
			.isEqualTo(Kind.ACTUAL_ALLOWED);
		assertThat(this.engine.decide(this.refusing, TestRequest.preflight("https://evil.example.org", "POST"),
				new TestResponse()).kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
		assertThat(this.engine.decide(this.refusing, TestRequest.get(), new TestResponse()).kind()).isEqualTo(Kind.NOT_CORS);
		assertThat(this.engine.decide(this.refusing,
				TestRequest.get().header("Upgrade", "websocket").origin("https://evil.example.org"), new TestResponse())
			.kind()).isEqualTo(Kind.HANDSHAKE_REFUSED);
	}

	@Test
	void anAnyOriginPolicyWithoutCredentialsRefusesNothing() {
		CorsPolicy everyone = CorsPolicy.builder().allowedOrigins("*").disallowedRequests(DisallowedRequests.REFUSE).build();
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(everyone, TestRequest.cors("POST", "not an origin"), response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
		assertThat(response.get("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void theSettingIsPartOfThePolicysEqualityAndSurvivesToBuilder() {
		assertThat(this.refusing).isNotEqualTo(this.passing);
		assertThat(this.refusing.toBuilder().build()).isEqualTo(this.refusing);
		assertThat(this.refusing.disallowedRequests()).isEqualTo(DisallowedRequests.REFUSE);
		assertThat(this.refusing.toString()).contains("disallowedRequests=REFUSE");
		assertThat(CorsPolicy.builder().disallowedRequests(null).build().disallowedRequests())
			.isEqualTo(DisallowedRequests.PASS);
	}

}
