package io.crossorigin.cors;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.crossorigin.cors.CorsDecision.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Origins an attacker would try against a policy that allows a few real origins and patterns: none
 * is allowed, none is reflected, in preflights and actual requests alike. Against an any-origin
 * policy, actual requests all get the constant {@code *} and preflights are accepted exactly from
 * the origins a browser could send.
 */
class HostileOriginTests {

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins("https://foo.com", "https://bar.com", "https://app.example.com", "https://*.example.org",
				"http://localhost:*", "http://[::1]:8080")
		.allowedMethods("GET", "POST", "PUT")
		.allowCredentials(true)
		.build();

	/**
	 * The hostile origins a browser could send: canonical serializations of a tuple origin (or
	 * {@code null}). Every other one is malformed.
	 */
	static final Set<String> CANONICAL = Set.of("https://app.example.com.evil.com", "https://evilexample.com",
			"https://barfoo.com", "https://foobar.com", "https://foo.com.bar.com", "https://evil-app.example.com",
			"https://app.example.comevil.com", "https://example.org", "https://evilexample.org",
			"https://a.example.org.evil.com", "https://a.example.orgevil.com", "https://localhost.evil.com",
			"http://localhost.evil.com:3000", "http://evillocalhost:3000", "http://foo.com", "http://app.example.com",
			"http://a.example.org", "ws://foo.com", "https://foo.com.", "null", "https://xn--fo-5ja.com", "https://[::1]");

	private static final CorsPolicy EVERYONE = CorsPolicy.builder().allowedOrigins("*").build();

	static Stream<String> hostileOrigins() {
		return Stream.of(
				// suffix and prefix tricks
				"https://app.example.com.evil.com", "https://evilexample.com", "https://barfoo.com", "https://foobar.com",
				"https://foo.com.bar.com", "https://evil-app.example.com", "https://app.example.comevil.com",
				"https://example.org", "https://evilexample.org", "https://a.example.org.evil.com",
				"https://a.example.orgevil.com", "https://localhost.evil.com", "http://localhost.evil.com:3000",
				"http://evillocalhost:3000",
				// scheme downgrade and scheme confusion
				"http://foo.com", "http://app.example.com", "http://a.example.org", "ws://foo.com", "file://foo.com",
				"https:foo.com", "https:/foo.com", "//foo.com", "foo.com",
				// not canonical: case, default ports, trailing slash or dot, paths
				"https://FOO.com", "HTTPS://foo.com", "https://Foo.Com", "https://foo.com:443", "http://localhost:80",
				"https://foo.com/", "https://foo.com.", "https://foo.com/path", "https://foo.com?x", "https://foo.com#x",
				"https://a.example.org:443", "https://A.example.org", "http://[::1]:08080", "http://[0:0::1]:8080",
				"http://localhost:03000", "http://localhost:99999", "http://localhost:",
				// user info and authority tricks
				"https://foo.com@evil.com", "https://evil.com@foo.com", "https://user:pass@foo.com",
				"https://evil.com#@foo.com", "https://evil.com\\@foo.com", "https://evil.com%2f@foo.com",
				// the opaque origin when not listed, empty and blank values
				"null", "NULL", "", " ", "*",
				// control characters, white space, non-ASCII
				"https://foo.com\r\nSet-Cookie: x=y", "https://foo.com\n", "https://foo.com\u0000", " https://foo.com",
				"https://foo.com ", "https://foo.com\t", "https://fóo.com", "https://xn--fo-5ja.com", "https://foo\u3002com",
				// lists and repetitions
				"https://foo.com, https://bar.com", "https://foo.com,https://foo.com", "https://foo.com https://bar.com",
				// sizes and shapes
				"https://" + "a".repeat(10_000) + ".example.org", "https://" + "a.".repeat(5_000) + "example.org",
				"https://" + "a".repeat(64) + ".example.org", "https://.example.org", "https://..example.org",
				"https://a..example.org", "https://*.example.org", "https://%2a.example.org", "https://a.example.org:*",
				"https://[::1]", "http://[::1]:8080]", "http://[::1:8080");
	}

	@ParameterizedTest
	@MethodSource("hostileOrigins")
	void hostileOriginIsNeitherAllowedNorReflectedInAPreflight(String origin) {
		TestResponse response = new TestResponse();
		CorsDecision decision = new CorsEngine().decide(POLICY, TestRequest.preflight(origin, "GET"), response);
		assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
		assertThat(decision.reason())
			.isEqualTo(CANONICAL.contains(origin) ? CorsReason.ORIGIN_NOT_ALLOWED : CorsReason.ORIGIN_MALFORMED);
		assertThat(response.accessControlHeaders()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("hostileOrigins")
	void hostileOriginIsNeitherAllowedNorReflectedInAnActualRequest(String origin) {
		TestResponse response = new TestResponse();
		CorsEngine engine = new CorsEngine();
		TestRequest request = TestRequest.cors("GET", origin);
		CorsDecision decision = engine.decide(POLICY, request, response);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_DENIED);
		assertThat(response.accessControlHeaders()).isEmpty();
		assertThat(response.get(CorsHeaders.VARY)).isEqualTo("Origin");
		assertThat(CorsEngine.offendingValue(POLICY, request, decision)).startsWith("'")
			.doesNotContain("\r", "\n", "\u0000")
			.hasSizeLessThan(200);
	}

	@ParameterizedTest
	@MethodSource("hostileOrigins")
	void anAnyOriginPolicyAnswersEveryHostileOriginWithTheConstantWildcardAndNothingElse(String origin) {
		TestResponse response = new TestResponse();
		new CorsEngine().decide(EVERYONE, TestRequest.cors("GET", origin), response);
		assertThat(response.headers()).containsExactly(entry(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
	}

	@ParameterizedTest
	@MethodSource("hostileOrigins")
	void anAnyOriginPolicyAcceptsAPreflightExactlyFromTheOriginsABrowserCouldSend(String origin) {
		TestResponse response = new TestResponse();
		CorsDecision decision = new CorsEngine().decide(EVERYONE, TestRequest.preflight(origin, "GET"), response);
		if (CANONICAL.contains(origin)) {
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
		}
		else {
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_MALFORMED);
			assertThat(response.accessControlHeaders()).isEmpty();
		}
	}

}
