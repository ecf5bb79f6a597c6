package io.crossorigin.cors.spring.hostile;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossorigin.cors.spring.hostile.HostileRequests.Hostile;
import io.crossorigin.cors.spring.scenario.ScenarioApplication;
import io.crossorigin.cors.spring.secured.SecuredApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile traffic over raw sockets against real servers of both stacks, plain and behind Spring
 * Security, with forwarded headers ignored and honoured ({@code server.forward-headers-strategy}).
 * Each request's exact outcome is asserted: the status, that no {@code Access-Control-*} header
 * goes out unless the policy allows the request (and then exactly its set), the {@code Vary} the
 * engine owes, that nothing a request smuggled in appears in the response; and after all of them,
 * that the server still answers an allowed request and preflight.
 */
class HostileTrafficTests {

	static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	/** What a server is: its stack, whether Spring Security is in front, whether it honours forwarded headers. */
	record Server(boolean servlet, boolean secured, boolean forwarded) {
	}

	/** What must come back. */
	record Outcome(int status, List<String> accessControl, String vary) {

		static Outcome refused(int status) {
			return new Outcome(status, List.of(), "Origin");
		}

		static Outcome preflightRejected() {
			return new Outcome(403, List.of(), PREFLIGHT_VARY);
		}

		static Outcome rejectedByTheServer(int status) {
			return new Outcome(status, List.of(), null);
		}

	}

	static Outcome expected(Hostile hostile, Server server) {
		String name = hostile.name();
		switch (hostile.family()) {
			case "bytes" -> {
				// a bare LF ends a header line for Tomcat (lenient), which then sees two harmless headers
				return (name.contains("bare LF") && server.servlet()) ? Outcome.refused(200) : Outcome.rejectedByTheServer(400);
			}
			case "size" -> {
				if (name.contains("100 kB")) {
					return Outcome.rejectedByTheServer(server.servlet() ? 400 : 431);
				}
				if (name.contains("forty allowed")) {
					return new Outcome(204, List.of("access-control-allow-origin", "access-control-allow-credentials",
							"access-control-allow-methods", "access-control-allow-headers", "access-control-max-age"),
							PREFLIGHT_VARY);
				}
				return hostile.preflight() ? Outcome.preflightRejected() : Outcome.refused(200);
			}
			case "method" -> {
				if (hostile.preflight()) {
					return Outcome.preflightRejected();
				}
				if (server.secured()) {
					// Spring Security's firewall refuses methods it does not know with 400; in Spring MVC
					// the error dispatch of that 400 then meets authentication
					return Outcome.refused(server.servlet() ? 401 : 400);
				}
				return Outcome.refused(405);
			}
			case "target" -> {
				// the server takes the attacker's host for its own: no CORS request, no grant either
				if (hostile.preflight()) {
					return server.secured() ? Outcome.refused(401) : Outcome.refused(200);
				}
				return Outcome.refused(200);
			}
			case "forwarded" -> {
				if (hostile.preflight()) {
					// honoured, the forwarded host makes it the server's own origin: an OPTIONS, not a preflight
					return server.forwarded() ? Outcome.refused(200) : Outcome.preflightRejected();
				}
				return Outcome.refused(200);
			}
			default -> {
				return hostile.preflight() ? Outcome.preflightRejected() : Outcome.refused(200);
			}
		}
	}

	@Test
	void atLeastTwoHundredDistinctHostileRequestsAreSent() {
		assertThat(HostileRequests.all().stream().map(Hostile::head).distinct()).hasSizeGreaterThanOrEqualTo(200);
	}

	abstract static class Target {

		@LocalServerPort
		int port;

		@Value("${spring.main.web-application-type}")
		String stack;

		abstract Server server();

		static Stream<Hostile> hostile() {
			return HostileRequests.all().stream();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("hostile")
		void hostileRequestGetsExactlyItsOutcome(Hostile hostile) throws IOException {
			Outcome expected = expected(hostile, server());
			RawHttp.Response response = RawHttp.exchange(this.port, hostile.head(this.port));
			assertThat(response.status()).as("status; %s", response.raw()).isEqualTo(expected.status());
			assertThat(response.accessControlNames()).as("Access-Control-* headers; %s", response.headerLines())
				.containsExactlyInAnyOrderElementsOf(expected.accessControl());
			if (!expected.accessControl().isEmpty()) {
				assertThat(response.values("Access-Control-Allow-Origin")).containsExactly(HostileRequests.APP);
			}
			assertThat(String.join(", ", response.values("Vary"))).as("Vary; %s", response.headerLines())
				.isEqualTo((expected.vary() != null) ? expected.vary() : "");
			assertThat(response.raw()).doesNotContain("X-Injected", "evil.example.org\r\n", "\u0000");
		}

		@Test
		void afterAllOfItTheServerStillAnswersAnAllowedRequestAndPreflight() throws IOException {
			for (Hostile hostile : HostileRequests.all()) {
				RawHttp.exchange(this.port, hostile.head(this.port));
			}
			RawHttp.Response allowed = RawHttp.exchange(this.port, "GET /api/orders HTTP/1.1\r\nHost: localhost\r\n"
					+ HostileRequests.CREDENTIALS + "Origin: " + HostileRequests.APP + "\r\n");
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.values("Access-Control-Allow-Origin")).containsExactly(HostileRequests.APP);
			RawHttp.Response preflight = RawHttp.exchange(this.port, "OPTIONS /api/orders HTTP/1.1\r\nHost: localhost\r\n"
					+ "Origin: " + HostileRequests.APP + "\r\nAccess-Control-Request-Method: PUT\r\n");
			assertThat(preflight.status()).isEqualTo(204);
			assertThat(preflight.values("Access-Control-Allow-Origin")).containsExactly(HostileRequests.APP);
		}

		@Test
		void theStackIsTheOneUnderTest() {
			assertThat(this.stack).isEqualTo(server().servlet() ? "servlet" : "reactive");
		}

	}

	private static final String POLICY = "cors.policies.api.allowed-origins=https://app.example.com,http://localhost:*";

	private static final String HEADERS = "cors.policies.api.allowed-headers=Content-Type,X-Request-Id";

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios", POLICY, HEADERS,
					"logging.level.io.crossorigin.cors=info" })
	class MvcPlain extends Target {

		@Override
		Server server() {
			return new Server(true, false, false);
		}

	}

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=scenarios", POLICY, HEADERS,
					"logging.level.io.crossorigin.cors=info" })
	class WebFluxPlain extends Target {

		@Override
		Server server() {
			return new Server(false, false, false);
		}

	}

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios", POLICY, HEADERS,
					"server.forward-headers-strategy=framework", "logging.level.io.crossorigin.cors=info" })
	class MvcHonouringForwardedHeaders extends Target {

		@Override
		Server server() {
			return new Server(true, false, true);
		}

	}

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=scenarios", POLICY, HEADERS,
					"server.forward-headers-strategy=framework", "logging.level.io.crossorigin.cors=info" })
	class WebFluxHonouringForwardedHeaders extends Target {

		@Override
		Server server() {
			return new Server(false, false, true);
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured", POLICY, HEADERS,
					"secured.cors-mode=none", "logging.level.io.crossorigin.cors=info" })
	class MvcSecured extends Target {

		@Override
		Server server() {
			return new Server(true, true, false);
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured", POLICY, HEADERS,
					"secured.cors-mode=none", "logging.level.io.crossorigin.cors=info" })
	class WebFluxSecured extends Target {

		@Override
		Server server() {
			return new Server(false, true, false);
		}

	}

}
