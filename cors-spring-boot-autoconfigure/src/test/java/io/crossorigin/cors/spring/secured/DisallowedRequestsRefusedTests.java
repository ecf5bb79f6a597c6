package io.crossorigin.cors.spring.secured;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossorigin.cors.spring.hostile.HostileRequests;
import io.crossorigin.cors.spring.hostile.RawHttp;
import io.crossorigin.cors.spring.mvc.FilterSwitchedOff;
import io.crossorigin.cors.spring.scenario.ScenarioExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code disallowed-requests: refuse} over real HTTP behind Spring Security, on Tomcat and Netty:
 * an actual request from every family of hostile origins, or with a method the policy does not
 * allow, is answered 403 before Security and before its handler, with {@code Vary} and no
 * {@code Access-Control-*} header; allowed requests, preflights and other policies are unchanged.
 */
class DisallowedRequestsRefusedTests {

	static final String USER = "Authorization: "
			+ SecuredScenarios.basic(SecuredScenarios.USER, SecuredScenarios.PASSWORD) + "\r\n";

	static Stream<String> refusedOrigins() {
		return HostileRequests.origins().stream();
	}

	abstract static class Refusing {

		@LocalServerPort
		int port;

		RawHttp.Response send(String method, String path, String headerLines) throws IOException {
			return RawHttp.exchange(this.port, method + " " + path + " HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nContent-Length: 0\r\n" + headerLines);
		}

		static void assertRefused(RawHttp.Response response) {
			assertThat(response.status()).as("%s", response.headerLines()).isEqualTo(403);
			assertThat(response.accessControlNames()).as("%s", response.headerLines()).isEmpty();
			assertThat(response.values("Vary")).as("%s", response.headerLines()).anyMatch((vary) -> vary.contains("Origin"));
			assertThat(response.values(ScenarioExchange.HANDLER)).as("the handler never ran").isEmpty();
		}

		@ParameterizedTest
		@MethodSource("io.crossorigin.cors.spring.secured.DisallowedRequestsRefusedTests#refusedOrigins")
		void aStateChangingRequestFromARefusedOriginNeverReachesItsHandler(String origin) throws IOException {
			assertRefused(send("PUT", "/api/orders/7", "Origin: " + origin + "\r\n" + USER));
		}

		@Test
		void aMethodThePolicyDoesNotAllowIsRefused() throws IOException {
			assertRefused(send("PATCH", "/api/orders/7", "Origin: https://app.example.com\r\n" + USER));
		}

		@Test
		void anAllowedRequestReachesItsHandlerWithItsHeaders() throws IOException {
			RawHttp.Response response = send("PUT", "/api/orders/7", "Origin: https://app.example.com\r\n" + USER);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.values("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
			assertThat(response.values(ScenarioExchange.HANDLER)).containsExactly("orders.update");
		}

		@Test
		void aRequestWithoutOriginIsUnchanged() throws IOException {
			assertThat(send("PUT", "/api/orders/7", USER).values(ScenarioExchange.HANDLER)).containsExactly("orders.update");
		}

		@Test
		void aPolicyThatPassesDisallowedRequestsStillPassesThem() throws IOException {
			// partners (pass) covers /api/partners/** by annotation: the refused origin goes on to Security's 401
			RawHttp.Response response = send("GET", "/api/partners/feed", "Origin: https://evil.example.org\r\n");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.accessControlNames()).isEmpty();
		}

	}

	abstract static class RefusingAheadOfSecurity extends Refusing {

		@Test
		void aRefusedPreflightIsUnchanged() throws IOException {
			RawHttp.Response preflight = send("OPTIONS", "/api/orders/7",
					"Origin: https://evil.example.org\r\nAccess-Control-Request-Method: PUT\r\n");
			assertThat(preflight.status()).isEqualTo(403);
			assertThat(preflight.accessControlNames()).isEmpty();
		}

		@Test
		void aRefusedOriginGets403BeforeSecurityAsksForCredentials() throws IOException {
			assertRefused(send("PUT", "/api/orders/7", "Origin: https://evil.example.org\r\n"));
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void theRefusalIsLoggedAtDebug(CapturedOutput output) throws IOException {
			send("PUT", "/api/orders/7", "Origin: https://evil.example.org\r\n" + USER);
			assertThat(output).contains("CORS policy 'api' refused with 403 PUT /api/orders/7: the origin is not allowed:"
					+ " 'https://evil.example.org'");
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none", "cors.policies.api.disallowed-requests=refuse" })
	class Mvc extends RefusingAheadOfSecurity {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors", "cors.policies.api.disallowed-requests=refuse" })
	class MvcWithSecurityHttpCors extends RefusingAheadOfSecurity {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none", "cors.policies.api.disallowed-requests=refuse" })
	class WebFlux extends RefusingAheadOfSecurity {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors", "cors.policies.api.disallowed-requests=refuse" })
	class WebFluxWithSecurityHttpCors extends RefusingAheadOfSecurity {

	}

	/**
	 * The servlet filter switched off: Spring Security answers an unauthenticated request first,
	 * and {@code CorsPolicyInterceptor} refuses the authenticated one before its handler.
	 */
	@Nested
	@SpringBootTest(classes = { SecuredApplication.class, FilterSwitchedOff.class },
			webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none", "cors.policies.api.disallowed-requests=refuse" })
	class MvcInterceptorOnly extends Refusing {

	}

}
