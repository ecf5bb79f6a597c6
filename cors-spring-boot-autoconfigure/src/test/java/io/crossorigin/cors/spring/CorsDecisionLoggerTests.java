package io.crossorigin.cors.spring;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DEBUG line of a refused WebSocket handshake: the policy, the request, the reason, the
 * offending value and what the policy allows, never the value of a credential.
 */
class CorsDecisionLoggerTests {

	private final CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();

	private final NamedCorsPolicy live = new NamedCorsPolicy("live", this.policy, "test");

	@Test
	void aHandshakeRefusedForItsOriginNamesTheOriginAndTheAllowedOnes() {
		CorsRequest request = handshake("https://evil.example.org", null);
		CorsDecision decision = new CorsEngine().decide(this.policy, request, FixedResponse.EMPTY);
		assertThat(CorsDecisionLogger.describe(this.live, "GET", "/ws/orders", decision,
				CorsEngine.offendingValue(this.policy, request, decision)))
			.isEqualTo("CORS policy 'live' refused the WebSocket handshake for GET /ws/orders: the origin is not allowed:"
					+ " 'https://evil.example.org'; allowed origins: [https://app.example.com]");
	}

	@Test
	void aHandshakeRefusedForItsCredentialsNamesTheHeaderNotItsValue() {
		CorsRequest request = handshake("https://app.example.com", "SESSION=secret");
		CorsDecision decision = new CorsEngine().decide(this.policy, request, FixedResponse.EMPTY);
		assertThat(CorsDecisionLogger.describe(this.live, "GET", "/ws/orders", decision,
				CorsEngine.offendingValue(this.policy, request, decision)))
			.isEqualTo("CORS policy 'live' refused the WebSocket handshake for GET /ws/orders: the handshake carries"
					+ " credentials (Cookie or Authorization) and the policy does not allow them: 'Cookie';"
					+ " allow-credentials is false")
			.doesNotContain("secret");
	}

	private static CorsRequest handshake(String origin, String cookie) {
		return new CorsRequest() {

			@Override
			public String method() {
				return "GET";
			}

			@Override
			public String header(String name) {
				return switch (name) {
					case "Origin" -> origin;
					case "Upgrade" -> "websocket";
					case "Cookie" -> cookie;
					default -> null;
				};
			}

			@Override
			public String scheme() {
				return "https";
			}

			@Override
			public String host() {
				return "api.example.com";
			}

			@Override
			public int port() {
				return 443;
			}

		};
	}

	private enum FixedResponse implements io.crossorigin.cors.CorsResponseHeaders {

		EMPTY;

		@Override
		public String get(String name) {
			return null;
		}

		@Override
		public void set(String name, String value) {
			throw new AssertionError("a handshake writes nothing: " + name);
		}

	}

}
