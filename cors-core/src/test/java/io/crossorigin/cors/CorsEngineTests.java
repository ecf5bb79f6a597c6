package io.crossorigin.cors;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.crossorigin.cors.CorsDecision.Kind;

import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_MAX_AGE;
import static io.crossorigin.cors.CorsHeaders.ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK;
import static io.crossorigin.cors.CorsHeaders.VARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The protocol rules of DESIGN.md, one test each: a policy, a request, the decision and the exact
 * response headers.
 */
class CorsEngineTests {

	static final String APP = "https://app.example.com";

	static final String EVIL = "https://evil.example.org";

	static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy app = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "POST", "PUT")
		.allowedHeaders("X-Custom-Header", "Content-Type")
		.exposedHeaders("X-Total-Count")
		.allowCredentials(true)
		.maxAge(Duration.ofMinutes(10))
		.build();

	private final CorsPolicy everyone = CorsPolicy.builder()
		.allowedOrigins("*")
		.exposedHeaders("X-Total-Count")
		.build();

	private final TestResponse response = new TestResponse();

	private CorsDecision decide(CorsPolicy policy, TestRequest request) {
		return this.engine.decide(policy, request, this.response);
	}

	@Nested
	class NotCors {

		@Test
		void anOriginWithoutPortIsNotTheOriginOfAServerOnANonDefaultPort() {
			CorsDecision decision = decide(app,
					TestRequest.cors("GET", "https://api.example.com").server("https", "api.example.com", 8443));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_DENIED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
			assertThat(response.headers()).containsExactly(entry(VARY, "Origin"));
		}

		@Test
		void anOriginWithTheServersNonDefaultPortIsItsOwn() {
			CorsDecision decision = decide(app,
					TestRequest.cors("GET", "https://api.example.com:8443").server("https", "api.example.com", 8443));
			assertThat(decision.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
		}

		@Test
		void anOriginWithoutPortIsTheOriginOfAServerOnTheDefaultPortOrAnUnknownOne() {
			assertThat(decide(app, TestRequest.cors("GET", "https://api.example.com").server("https", "api.example.com", 443))
				.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
			assertThat(decide(app, TestRequest.cors("GET", "https://api.example.com").server("https", "api.example.com", -1))
				.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
		}

		@Test
		void theOriginIsComparedWithTheServerRegionByRegion() {
			TestRequest.ServerSide server = new TestRequest.ServerSide("https", "api.example.com", 8443);
			assertThat(sameOrigin("https://api.example.com:8443", server)).isTrue();
			assertThat(sameOrigin("HTTPS://API.example.com:8443", server)).as("ASCII case of scheme and host").isTrue();
			assertThat(sameOrigin("https://api.example.co:8443", server)).isFalse();
			assertThat(sameOrigin("https://api.example.comx:8443", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:844", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:84430", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:123456", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:84x3", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:84/3", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:84:3", server)).isFalse();
			assertThat(sameOrigin("httpsXYZapi.example.com:8443", server)).as("no :// after the scheme").isFalse();
			assertThat(sameOrigin("https://api.example.com:18443", new TestRequest.ServerSide("https", "api.example.com", 18443)))
				.as("a five-digit port").isTrue();
			assertThat(sameOrigin("http://api.example.com:8", new TestRequest.ServerSide("http", "api.example.com", 8)))
				.as("a one-digit port").isTrue();
			assertThat(sameOrigin("https:/api.example.com:8443", server)).isFalse();
			assertThat(sameOrigin("http://api.example.com:8443", server)).isFalse();
			assertThat(sameOrigin("https://api.example.com:443", new TestRequest.ServerSide("https", "api.example.com", -1)))
				.as("an unknown port is the scheme's default").isTrue();
		}

		@Test
		void withoutTheServersSchemeOrHostNothingIsItsOwnOrigin() {
			assertThat(sameOrigin("https://api.example.com", new TestRequest.ServerSide(null, "api.example.com", 443))).isFalse();
			assertThat(sameOrigin("https://api.example.com", new TestRequest.ServerSide("https", null, 443))).isFalse();
		}

		private boolean sameOrigin(String origin, TestRequest.ServerSide server) {
			return CorsEngine.isSameOrigin(origin,
					TestRequest.cors("GET", origin).server(server.scheme(), server.host(), server.port()));
		}

		@Test
		void anyOriginPolicyLeavesAnAllowOriginAnotherComponentSetAlone() {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com");
			CorsDecision actual = decide(everyone, TestRequest.cors("GET", APP));
			assertThat(actual.reason()).isEqualTo(CorsReason.ALLOW_ORIGIN_ALREADY_SET);
			assertThat(response.headers()).containsExactly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com"));
			CorsDecision notCors = decide(everyone, TestRequest.get());
			assertThat(notCors.kind()).isEqualTo(Kind.NOT_CORS);
			assertThat(response.headers()).containsExactly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com"));
		}

		@Test
		void anOriginOfAnotherSchemeOrPortIsNotTheServersOwn() {
			assertThat(decide(app, TestRequest.cors("GET", "http://api.example.com").server("https", "api.example.com", 443))
				.reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
			assertThat(decide(app, TestRequest.cors("GET", "https://api.example.com:444").server("https", "api.example.com", 443))
				.reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
		}

		@Test
		void requestWithoutOriginIsNotCorsAndOnlyGainsVaryOrigin() {
			CorsDecision decision = decide(app, TestRequest.get());
			assertThat(decision.kind()).isEqualTo(Kind.NOT_CORS);
			assertThat(decision.reason()).isEqualTo(CorsReason.NO_ORIGIN);
			assertThat(response.headers()).containsExactly(entry(VARY, "Origin"));
		}

		@Test
		void originEqualToTheRequestsOwnOriginIsNotCors() {
			CorsDecision decision = decide(app, TestRequest.cors("POST", "https://api.example.com")
				.server("https", "api.example.com", 443));
			assertThat(decision.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
			assertThat(response.headers()).containsExactly(entry(VARY, "Origin"));
		}

		@Test
		void sameOriginComparesTheExplicitPort() {
			CorsDecision same = decide(app, TestRequest.cors("GET", "http://localhost:8080").server("http", "localhost", 8080));
			CorsDecision other = decide(app, TestRequest.cors("GET", "http://localhost:8081").server("http", "localhost", 8080));
			assertThat(same.reason()).isEqualTo(CorsReason.SAME_ORIGIN);
			assertThat(other.kind()).isEqualTo(Kind.ACTUAL_DENIED);
		}

		@Test
		void sameOriginOptionsWithRequestMethodIsNoPreflight() {
			CorsDecision decision = decide(app, TestRequest.preflight("https://api.example.com", "DELETE")
				.server("https", "api.example.com", 443));
			assertThat(decision.kind()).isEqualTo(Kind.NOT_CORS);
			assertThat(decision.isPreflight()).isFalse();
			assertThat(response.accessControlHeaders()).isEmpty();
		}

		@Test
		void anyOriginPolicyWithoutCredentialsSendsWildcardOnEveryResponseAndNoVary() {
			CorsDecision decision = decide(everyone, TestRequest.get());
			assertThat(decision.kind()).isEqualTo(Kind.NOT_CORS);
			assertThat(response.headers()).containsExactly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyWithoutCredentialsSendsWildcardEvenForAMethodItDoesNotAllow() {
			CorsDecision decision = decide(everyone, TestRequest.method("DELETE"));
			assertThat(decision.kind()).isEqualTo(Kind.NOT_CORS);
			assertThat(response.headers()).containsExactly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyWithoutCredentialsSendsWildcardOnAPlainOptionsWithoutOrigin() {
			decide(everyone, TestRequest.method("OPTIONS"));
			assertThat(response.headers()).containsExactly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

	}

	@Nested
	class Preflight {

		@Test
		void acceptedPreflightIs204WithEveryAllowHeader() {
			CorsDecision decision = decide(app, TestRequest.preflight(APP, "PUT").requestHeaders("x-custom-header"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ALLOWED);
			assertThat(decision.status()).isEqualTo(204);
			assertThat(response.headers()).containsOnly(entry(VARY, PREFLIGHT_VARY), entry(ACCESS_CONTROL_ALLOW_ORIGIN, APP),
					entry(ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"), entry(ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT"),
					entry(ACCESS_CONTROL_ALLOW_HEADERS, "X-Custom-Header, Content-Type"),
					entry(ACCESS_CONTROL_MAX_AGE, "600"));
		}

		@Test
		void acceptedPreflightOfAnyOriginPolicyWithoutCredentialsAnswersWildcard() {
			decide(everyone, TestRequest.preflight(APP, "POST").requestHeaders("x-anything"));
			assertThat(response.headers()).containsEntry(ACCESS_CONTROL_ALLOW_ORIGIN, "*")
				.doesNotContainKey(ACCESS_CONTROL_ALLOW_CREDENTIALS)
				.containsEntry(ACCESS_CONTROL_ALLOW_HEADERS, "x-anything")
				.containsEntry(VARY, PREFLIGHT_VARY);
		}

		@Test
		void aPreflightWhoseAllowOriginAnotherComponentSetIsLeftToIt() {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com");
			CorsDecision decision = decide(app, TestRequest.preflight(APP, "PUT"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ALLOW_ORIGIN_ALREADY_SET);
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com"),
					entry(VARY, PREFLIGHT_VARY));
		}

		@Test
		void aRejectedPreflightLeavesAnotherComponentsAllowOriginAlone() {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com");
			CorsDecision decision = decide(app, TestRequest.preflight(EVIL, "PUT"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com"),
					entry(VARY, PREFLIGHT_VARY));
		}

		@Test
		void aRequestHeadersListOfOnlyCommasAndSpacesAsksForNothing() {
			CorsDecision decision = decide(app, TestRequest.preflight(APP, "PUT").requestHeaders(" , ,\t"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(response.headers()).doesNotContainKey(ACCESS_CONTROL_ALLOW_HEADERS);
		}

		@Test
		void requestHeadersUpToTheLimitAreReadAndOneCharacterMoreIsNot() {
			String limit = "a,".repeat(2047) + "ab";
			assertThat(limit).hasSize(CorsEngine.MAX_REQUEST_HEADERS_LENGTH);
			assertThat(decide(everyone, TestRequest.preflight(APP, "POST").requestHeaders(limit)).kind())
				.isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(decide(everyone, TestRequest.preflight(APP, "POST").requestHeaders(limit + "c")).reason())
				.isEqualTo(CorsReason.HEADERS_TOO_LONG);
		}

		@Test
		void requestedHeaderNamesMaySitBetweenTabsAndSpaces() {
			CorsDecision decision = decide(app,
					TestRequest.preflight(APP, "PUT").requestHeaders("content-type,\tx-custom-header \t, \tcontent-type\t"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(response.get(ACCESS_CONTROL_ALLOW_HEADERS)).isEqualTo("X-Custom-Header, Content-Type");
		}

		@Test
		void aTabInsideARequestedNameIsMalformed() {
			CorsDecision decision = decide(app, TestRequest.preflight(APP, "PUT").requestHeaders("content\ttype"));
			assertThat(decision.reason()).isEqualTo(CorsReason.HEADERS_MALFORMED);
		}

		@Test
		void anyHeaderPolicyEchoesRequestedNamesWithoutTheTabsBetweenThem() {
			decide(everyone, TestRequest.preflight(APP, "POST").requestHeaders("x-a,\tx-b\t,x-c"));
			assertThat(response.get(ACCESS_CONTROL_ALLOW_HEADERS)).isEqualTo("x-a, x-b, x-c");
		}

		@Test
		void anyMethodPolicyAnswersTheRequestedMethod() {
			CorsPolicy anyMethod = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("*").build();
			decide(anyMethod, TestRequest.preflight(APP, "PATCH"));
			assertThat(response.get(ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("PATCH");
		}

		@Test
		void anyHeaderPolicyAnswersTheRequestedNames() {
			CorsPolicy anyHeader = CorsPolicy.builder().allowedOrigins(APP).allowCredentials(true).build();
			decide(anyHeader, TestRequest.preflight(APP, "POST").requestHeaders("authorization,x-trace-id"));
			assertThat(response.get(ACCESS_CONTROL_ALLOW_HEADERS)).isEqualTo("authorization,x-trace-id");
		}

		@Test
		void requestedHeadersAreMatchedIgnoringCase() {
			CorsDecision decision = decide(app, TestRequest.preflight(APP, "POST").requestHeaders("CONTENT-type, x-custom-header"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
		}

		@Test
		void preflightWithoutRequestedHeadersGetsNoAllowHeaders() {
			decide(app, TestRequest.preflight(APP, "PUT"));
			assertThat(response.headers()).doesNotContainKey(ACCESS_CONTROL_ALLOW_HEADERS);
		}

		@Test
		void maxAgeIsSentInWholeSeconds() {
			CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ofMillis(90_999)).build();
			decide(policy, TestRequest.preflight(APP, "GET"));
			assertThat(response.get(ACCESS_CONTROL_MAX_AGE)).isEqualTo("90");
		}

		@Test
		void defaultMaxAgeIsThirtyMinutes() {
			decide(CorsPolicy.builder().allowedOrigins(APP).build(), TestRequest.preflight(APP, "GET"));
			assertThat(response.get(ACCESS_CONTROL_MAX_AGE)).isEqualTo("1800");
		}

		@Test
		void getImpliesHead() {
			CorsPolicy getOnly = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("GET").build();
			assertThat(decide(getOnly, TestRequest.preflight(APP, "HEAD")).kind()).isEqualTo(Kind.PREFLIGHT_ACCEPTED);
			assertThat(response.get(ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("GET");
		}

		@Test
		void privateNetworkPreflightIsAcceptedWhenAllowed() {
			CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowPrivateNetwork(true).build();
			decide(policy, TestRequest.preflight(APP, "GET").header(ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK, "true"));
			assertThat(response.get(ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK)).isEqualTo("true");
		}

		@Test
		void privateNetworkHeaderIsAbsentWhenNotRequested() {
			CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowPrivateNetwork(true).build();
			decide(policy, TestRequest.preflight(APP, "GET"));
			assertThat(response.headers()).doesNotContainKey(ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK);
		}

		@Test
		void privateNetworkPreflightIsRejectedByDefault() {
			CorsDecision decision = decide(app,
					TestRequest.preflight(APP, "GET").header(ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK, "true"));
			assertRejectedPreflight(decision, CorsReason.PRIVATE_NETWORK_NOT_ALLOWED);
		}

		@Test
		void preflightFromDisallowedOriginIs403WithoutAccessControlHeaders() {
			TestRequest request = TestRequest.preflight(EVIL, "PUT");
			CorsDecision decision = decide(app, request);
			assertRejectedPreflight(decision, CorsReason.ORIGIN_NOT_ALLOWED);
			assertThat(CorsEngine.offendingValue(app, request, decision)).isEqualTo("'" + EVIL + "'");
		}

		@Test
		void preflightForDisallowedMethodIsRejected() {
			TestRequest request = TestRequest.preflight(APP, "DELETE");
			CorsDecision decision = decide(app, request);
			assertRejectedPreflight(decision, CorsReason.METHOD_NOT_ALLOWED);
			assertThat(CorsEngine.offendingValue(app, request, decision)).isEqualTo("'DELETE'");
		}

		@Test
		void methodsAreCaseSensitive() {
			assertRejectedPreflight(decide(app, TestRequest.preflight(APP, "put")), CorsReason.METHOD_NOT_ALLOWED);
		}

		@Test
		void preflightForDisallowedHeaderIsRejectedNamingTheHeader() {
			TestRequest request = TestRequest.preflight(APP, "PUT").requestHeaders("x-custom-header,x-secret");
			CorsDecision decision = decide(app, request);
			assertRejectedPreflight(decision, CorsReason.HEADER_NOT_ALLOWED);
			assertThat(CorsEngine.offendingValue(app, request, decision)).isEqualTo("'x-secret'");
		}

		@Test
		void preflightWithMalformedRequestMethodIsRejected() {
			assertRejectedPreflight(decide(app, TestRequest.preflight(APP, "PUT\r\nX-Injected: 1")),
					CorsReason.METHOD_MALFORMED);
		}

		@Test
		void preflightWithMalformedRequestHeadersIsRejected() {
			assertRejectedPreflight(decide(everyone, TestRequest.preflight(APP, "GET").requestHeaders("x-a\r\nx-b")),
					CorsReason.HEADERS_MALFORMED);
		}

		@Test
		void rejectedPreflightOfAnyOriginPolicyHasNoAccessControlHeaderEither() {
			CorsDecision decision = decide(everyone, TestRequest.preflight(APP, "DELETE"));
			assertRejectedPreflight(decision, CorsReason.METHOD_NOT_ALLOWED);
		}

		@Test
		void acceptedAndRejectedPreflightsVaryOnOriginAndRequestMethodAndHeaders() {
			decide(app, TestRequest.preflight(APP, "GET"));
			TestResponse rejected = new TestResponse();
			engine.decide(app, TestRequest.preflight(EVIL, "GET"), rejected);
			assertThat(response.get(VARY)).isEqualTo(PREFLIGHT_VARY);
			assertThat(rejected.get(VARY)).isEqualTo(PREFLIGHT_VARY);
		}

		@Test
		void optionsWithOriginButNoRequestMethodIsAnActualRequest() {
			CorsDecision decision = decide(app, TestRequest.cors("OPTIONS", APP));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_DENIED);
			assertThat(decision.reason()).isEqualTo(CorsReason.METHOD_NOT_ALLOWED);
		}

		@Test
		void hugeRequestHeadersValueIsRefusedWithoutReadingIt() {
			String huge = "x-a,".repeat(25_000);
			TestRequest request = TestRequest.preflight(APP, "GET").requestHeaders(huge);
			CorsDecision decision = decide(everyone, request);
			assertRejectedPreflight(decision, CorsReason.HEADERS_TOO_LONG);
			assertThat(CorsEngine.offendingValue(everyone, request, decision)).hasSizeLessThan(200)
				.endsWith("(100000 characters)");
		}

		@Test
		void notAPreflightHasNoStatus() {
			assertThatIllegalStateException().isThrownBy(() -> decide(app, TestRequest.get()).status());
		}

		private void assertRejectedPreflight(CorsDecision decision, CorsReason reason) {
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
			assertThat(decision.reason()).isEqualTo(reason);
			assertThat(decision.status()).isEqualTo(403);
			assertThat(response.accessControlHeaders()).isEmpty();
			assertThat(response.get(VARY)).isEqualTo(PREFLIGHT_VARY);
		}

	}

	@Nested
	class Actual {

		@Test
		void allowedRequestGetsAllowOriginCredentialsExposedHeadersAndVary() {
			CorsDecision decision = decide(app, TestRequest.cors("PUT", APP));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
			assertThat(decision.isPreflight()).isFalse();
			assertThat(response.headers()).containsOnly(entry(VARY, "Origin"), entry(ACCESS_CONTROL_ALLOW_ORIGIN, APP),
					entry(ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"), entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void allowedRequestWithoutCredentialsGetsNoAllowCredentials() {
			CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
			decide(policy, TestRequest.cors("GET", APP));
			assertThat(response.headers()).containsOnly(entry(VARY, "Origin"), entry(ACCESS_CONTROL_ALLOW_ORIGIN, APP));
		}

		@Test
		void disallowedOriginGetsNoAccessControlHeaderButVaryOrigin() {
			CorsDecision decision = decide(app, TestRequest.cors("GET", EVIL));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_DENIED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
			assertThat(response.headers()).containsOnly(entry(VARY, "Origin"));
		}

		@Test
		void disallowedMethodGetsNoAccessControlHeader() {
			CorsDecision decision = decide(app, TestRequest.cors("DELETE", APP));
			assertThat(decision.reason()).isEqualTo(CorsReason.METHOD_NOT_ALLOWED);
			assertThat(response.headers()).containsOnly(entry(VARY, "Origin"));
		}

		@Test
		void anyOriginPolicyAnswersWildcardWithoutVary() {
			decide(everyone, TestRequest.cors("GET", APP));
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyIncludesTheNullOrigin() {
			assertThat(decide(everyone, TestRequest.cors("GET", "null")).kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
		}

		@Test
		void anyOriginPolicyReportsThatItAllowedTheRequest() {
			CorsDecision decision = decide(everyone, TestRequest.cors("GET", APP));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
			assertThat(decision.reason()).isEqualTo(CorsReason.ALLOWED);
		}

		@Test
		void anyOriginPolicyAnswersAMalformedOriginWithTheSameWildcard() {
			CorsDecision decision = decide(everyone, TestRequest.cors("GET", "https://a.example.com, https://b.example.com"));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyAnswersAMethodItDoesNotAllowWithTheSameWildcard() {
			CorsDecision decision = decide(everyone, TestRequest.cors("DELETE", APP));
			assertThat(decision.kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyAnswersAnOptionsWithoutRequestMethodWithTheSameWildcard() {
			decide(everyone, TestRequest.cors("OPTIONS", APP));
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
					entry(ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count"));
		}

		@Test
		void anyOriginPolicyStillRejectsAPreflightWithAMalformedOrigin() {
			CorsDecision decision = decide(everyone, TestRequest.preflight("https://a.example.com, https://b.example.com", "GET"));
			assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT_REJECTED);
			assertThat(response.headers()).containsOnly(entry(VARY, PREFLIGHT_VARY));
		}

		@Test
		void anyOriginPolicyWithCredentialsCannotBeBuiltSoWildcardNeverMeetsCredentials() {
			CorsPolicy reflecting = CorsPolicy.builder().allowedOrigins("https://*.example.com").allowCredentials(true).build();
			decide(reflecting, TestRequest.cors("GET", APP));
			assertThat(response.get(ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(APP);
			assertThat(response.get(ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo("true");
		}

		@Test
		void nullOriginIsAllowedOnlyWhenListed() {
			CorsPolicy withNull = CorsPolicy.builder().allowedOrigins(APP, "null").build();
			assertThat(decide(app, TestRequest.cors("GET", "null")).reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
			assertThat(decide(withNull, TestRequest.cors("GET", "null")).kind()).isEqualTo(Kind.ACTUAL_ALLOWED);
			assertThat(response.get(ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("null");
		}

		@Test
		void repeatedOriginHeaderIsNotAllowed() {
			CorsDecision decision = decide(app, TestRequest.cors("GET", APP).origin(APP));
			assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_MALFORMED);
			assertThat(response.accessControlHeaders()).isEmpty();
		}

		@Test
		void originWithControlCharactersIsNeverReflected() {
			TestRequest request = TestRequest.cors("GET", APP + "\r\nSet-Cookie: a=b");
			CorsDecision decision = decide(app, request);
			assertThat(decision.reason()).isEqualTo(CorsReason.ORIGIN_MALFORMED);
			assertThat(CorsEngine.offendingValue(app, request, decision)).startsWith("'https://")
				.doesNotContain("\r", "\n");
			assertThat(response.accessControlHeaders()).isEmpty();
		}

	}

	@Nested
	class WritingHeaders {

		@Test
		void allowOriginSetByAnotherComponentIsNotDuplicatedNorReplaced() {
			response.set(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com");
			CorsDecision decision = decide(app, TestRequest.cors("GET", APP));
			assertThat(decision.reason()).isEqualTo(CorsReason.ALLOW_ORIGIN_ALREADY_SET);
			assertThat(response.headers()).containsOnly(entry(ACCESS_CONTROL_ALLOW_ORIGIN, "https://other.example.com"),
					entry(VARY, "Origin"));
		}

		@Test
		void varyMergeKeepsExistingTokens() {
			response.set(VARY, "Accept-Encoding");
			decide(app, TestRequest.preflight(APP, "GET"));
			assertThat(response.get(VARY)).isEqualTo("Accept-Encoding, " + PREFLIGHT_VARY);
		}

		@Test
		void varyMergeNeverRepeatsAToken() {
			response.set(VARY, "origin, Accept");
			decide(app, TestRequest.preflight(APP, "GET"));
			assertThat(response.get(VARY)).isEqualTo("origin, Accept, Access-Control-Request-Method, Access-Control-Request-Headers");
		}

		@Test
		void varyAlreadyCoveringOriginIsLeftAsItIs() {
			response.set(VARY, "Accept, Origin");
			decide(app, TestRequest.cors("GET", APP));
			assertThat(response.get(VARY)).isEqualTo("Accept, Origin");
		}

		@Test
		void varyStarIsLeftAlone() {
			response.set(VARY, "*");
			decide(app, TestRequest.cors("GET", APP));
			assertThat(response.get(VARY)).isEqualTo("*");
		}

	}

	static java.util.Map.Entry<String, String> entry(String name, String value) {
		return java.util.Map.entry(name, value);
	}

}
