package io.crossorigin.cors;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.crossorigin.cors.CorsDecision.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSocket handshakes (DESIGN.md, "WebSocket handshakes"): decided by the policy's origins and
 * credentials alone, never answered with an {@code Access-Control-*} header or {@code Vary}.
 */
class CorsHandshakeTests {

	static final String APP = "https://app.example.com";

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy app = CorsPolicy.builder()
		.allowedOrigins(APP, "https://*.tenant.example.net")
		.allowedMethods("GET", "POST")
		.allowedHeaders("X-Custom-Header")
		.allowCredentials(true)
		.build();

	private final CorsPolicy noCredentials = CorsPolicy.builder().allowedOrigins(APP).build();

	private final CorsPolicy everyone = CorsPolicy.builder().allowedOrigins("*").exposedHeaders("X-Total-Count").build();

	private final TestResponse response = new TestResponse();

	private static TestRequest handshake(String origin) {
		TestRequest request = TestRequest.get().header("Upgrade", "websocket").header("Connection", "Upgrade");
		return (origin != null) ? request.origin(origin) : request;
	}

	private CorsDecision decide(CorsPolicy policy, TestRequest request) {
		return this.engine.decide(policy, request, this.response);
	}

	@Test
	void anAllowedOriginGoesOnAndNothingIsWritten() {
		CorsDecision decision = decide(this.app, handshake(APP));
		assertThat(decision.kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(decision.reason()).isEqualTo(CorsReason.ALLOWED);
		assertThat(decision.isAnswered()).isFalse();
		assertThat(decision.isHandshake()).isTrue();
		assertThat(this.response.headers()).isEmpty();
	}

	@Test
	void anOriginAllowedByAPatternGoesOn() {
		assertThat(decide(this.app, handshake("https://a.tenant.example.net")).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
	}

	@Test
	void aTenantOriginSetDecidesAsItHoldsNow() {
		OriginSet tenants = OriginSet.of(List.of("https://shop.acme.example"));
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedOriginSets(tenants).allowCredentials(true).build();
		assertThat(decide(policy, handshake("https://shop.acme.example").header("Cookie", "SESSION=1")).kind())
			.isEqualTo(Kind.HANDSHAKE_ALLOWED);
		tenants.replace(List.of("https://shop.globex.example"));
		assertThat(decide(policy, handshake("https://shop.acme.example")).kind()).isEqualTo(Kind.HANDSHAKE_REFUSED);
		assertThat(decide(policy, handshake("https://shop.globex.example")).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(this.response.headers()).isEmpty();
	}

	@Test
	void aRefusedOriginIsAnswered403AndNothingIsWritten() {
		CorsDecision decision = decide(this.app, handshake("https://evil.example.org"));
		assertThat(decision.kind()).isEqualTo(Kind.HANDSHAKE_REFUSED);
		assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
		assertThat(decision.isAnswered()).isTrue();
		assertThat(decision.isRejected()).isTrue();
		assertThat(decision.status()).isEqualTo(403);
		assertThat(this.response.headers()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com, https://evil.example.org", "https://APP.example.com",
			"https://app.example.com/", "https://app.example.com:443", "https://app.example.com.evil.org",
			"http://app.example.com", "https://app.example.com:8443", "null", "", "*" })
	void anythingButAnAllowedCanonicalOriginIsRefused(String origin) {
		CorsDecision decision = decide(this.app, handshake(origin));
		assertThat(decision.kind()).as(origin).isEqualTo(Kind.HANDSHAKE_REFUSED);
		assertThat(decision.reason()).isIn(CorsReason.ORIGIN_NOT_ALLOWED, CorsReason.ORIGIN_MALFORMED);
		assertThat(this.response.headers()).isEmpty();
	}

	@Test
	void aListOrRepeatedOriginIsMalformed() {
		assertThat(decide(this.app, handshake(APP + ", " + APP)).reason()).isEqualTo(CorsReason.ORIGIN_MALFORMED);
	}

	@Test
	void theRequestsOwnOriginAndNoOriginGoOnWhateverThePolicyAllows() {
		TestRequest own = handshake("https://api.example.com").server("https", "api.example.com", 443)
			.header("Cookie", "SESSION=1");
		assertThat(decide(this.noCredentials, own)).satisfies((decision) -> {
			assertThat(decision.kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
			assertThat(decision.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
		});
		assertThat(decide(this.noCredentials, handshake(null))).satisfies((decision) -> {
			assertThat(decision.kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
			assertThat(decision.reason()).isEqualTo(CorsReason.NO_ORIGIN);
		});
		assertThat(this.response.headers()).isEmpty();
	}

	@Test
	void withoutCredentialsACrossOriginHandshakeCarryingCookieOrAuthorizationIsRefused() {
		for (TestRequest request : List.of(handshake(APP).header("Cookie", "SESSION=secret"),
				handshake(APP).header("Authorization", "Bearer secret"))) {
			CorsDecision decision = decide(this.noCredentials, request);
			assertThat(decision.kind()).isEqualTo(Kind.HANDSHAKE_REFUSED);
			assertThat(decision.reason()).isEqualTo(CorsReason.CREDENTIALS_NOT_ALLOWED);
		}
		assertThat(decide(this.noCredentials, handshake(APP)).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(decide(this.app, handshake(APP).header("Cookie", "SESSION=1")).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
	}

	@Test
	void anAnyOriginPolicyAllowsEveryWellFormedOriginWithoutCredentialsAndWritesNoAllowOrigin() {
		assertThat(decide(this.everyone, handshake("https://evil.example.org")).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(decide(this.everyone, handshake("null")).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(decide(this.everyone, handshake(null)).kind()).isEqualTo(Kind.HANDSHAKE_ALLOWED);
		assertThat(this.response.headers()).isEmpty();
		assertThat(decide(this.everyone, handshake("https://evil.example.org").header("Cookie", "a=b")).reason())
			.isEqualTo(CorsReason.CREDENTIALS_NOT_ALLOWED);
		assertThat(decide(this.everyone, handshake("https://evil.example.org, https://x.example")).reason())
			.isEqualTo(CorsReason.ORIGIN_MALFORMED);
	}

	@Test
	void theOffendingValueOfACredentialsRefusalNamesTheHeadersNeverTheirValues() {
		TestRequest request = handshake(APP).header("Cookie", "SESSION=secret").header("Authorization", "Bearer secret");
		CorsDecision decision = decide(this.noCredentials, request);
		assertThat(CorsEngine.offendingValue(this.noCredentials, request, decision)).isEqualTo("'Cookie, Authorization'")
			.doesNotContain("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "websocket", "WebSocket", "WEBSOCKET", "h2c, websocket", "websocket , foo" })
	void anyWebsocketInTheUpgradeListMakesAHandshake(String upgrade) {
		TestRequest request = TestRequest.cors("GET", "https://evil.example.org").header("Upgrade", upgrade);
		assertThat(decide(this.app, request).kind()).as(upgrade).isEqualTo(Kind.HANDSHAKE_REFUSED);
	}

	@Test
	void otherUpgradesAndOtherMethodsAreOrdinaryCorsRequests() {
		assertThat(decide(this.app, TestRequest.cors("GET", APP).header("Upgrade", "h2c")).kind())
			.isEqualTo(Kind.ACTUAL_ALLOWED);
		assertThat(decide(this.app, TestRequest.cors("POST", APP).header("Upgrade", "websocket")).kind())
			.isEqualTo(Kind.ACTUAL_ALLOWED);
		assertThat(decide(this.app, TestRequest.cors("GET", APP).header("Upgrade", "websocket/13")).kind())
			.isEqualTo(Kind.ACTUAL_ALLOWED);
	}

}
