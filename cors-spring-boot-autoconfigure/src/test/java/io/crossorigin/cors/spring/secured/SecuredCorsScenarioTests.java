package io.crossorigin.cors.spring.secured;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.crossorigin.cors.spring.scenario.CorsScenarios;
import io.crossorigin.cors.spring.scenario.KeepAliveConnection;
import io.crossorigin.cors.spring.scenario.Scenario;
import io.crossorigin.cors.spring.scenario.ScenarioExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured scenario table over real HTTP against a real secured application: Spring MVC on
 * Tomcat and Spring WebFlux on Netty, each in every {@link SecurityCorsMode}. One table for all, so
 * that neither a stack nor a mode can drift.
 */
class SecuredCorsScenarioTests {

	abstract static class Table {

		@LocalServerPort
		int port;

		@Autowired
		WebServerApplicationContext context;

		@Value("${spring.main.web-application-type}")
		WebApplicationType stack;

		static Stream<Scenario> scenarios() {
			return SecuredScenarios.all().stream();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("scenarios")
		void scenario(Scenario scenario) throws IOException, InterruptedException {
			ScenarioExchange.verify(this.port, scenario);
		}


		/** One decision per request: the filter and the interceptor never both log, nor does the error dispatch. */
		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void eachRejectionIsLoggedOnceAtDebug(CapturedOutput output) throws IOException, InterruptedException {
			String user = SecuredScenarios.basic(SecuredScenarios.USER, SecuredScenarios.PASSWORD);
			ScenarioExchange.send(this.port, Scenario.named("refused preflight")
				.preflight("/api/orders", CorsScenarios.EVIL, "PUT"));
			ScenarioExchange.send(this.port, Scenario.named("refused origin, reaching the handler")
				.request("GET", "/api/orders").origin(CorsScenarios.EVIL).header("Authorization", user));
			ScenarioExchange.send(this.port, Scenario.named("refused origin, ending in the error page")
				.request("GET", "/api/orders/fail").origin(CorsScenarios.EVIL).header("Authorization", user));
			ScenarioExchange.send(this.port, Scenario.named("refused origin, unauthenticated")
				.request("GET", "/api/partners/feed").origin(CorsScenarios.EVIL));

			assertThat(occurrences(output, "CORS policy ")).as(output.toString()).isEqualTo(4);
			assertThat(occurrences(output, "CORS policy 'api' rejected the preflight for OPTIONS /api/orders: "
					+ "the origin is not allowed: 'https://evil.example.org'")).isOne();
			assertThat(occurrences(output, "CORS policy 'api' denied GET /api/orders: ")).isOne();
			assertThat(occurrences(output, "CORS policy 'api' denied GET /api/orders/fail: ")).isOne();
			assertThat(occurrences(output, "CORS policy 'partners' denied GET /api/partners/feed: ")).isOne();
		}

		private static int occurrences(CapturedOutput output, String text) {
			int count = 0;
			for (int at = output.toString().indexOf(text); at >= 0; at = output.toString().indexOf(text, at + 1)) {
				count++;
			}
			return count;
		}

		/**
		 * A browser reuses its connection: a preflight that arrives while the previous request is
		 * still being finished (here: written in the same packet) is answered, and the connection
		 * then goes on reading. Reactor Netty 1.3.7 stopped reading after a queued request that
		 * completed synchronously (reactor/reactor-netty#4361), as the starter's preflight answer
		 * did, and the browser's next request hung.
		 */
		@Test
		void connectionGoesOnReadingAfterAPreflightQueuedBehindAnotherRequest() throws IOException {
			String user = SecuredScenarios.basic(SecuredScenarios.USER, SecuredScenarios.PASSWORD);
			String host = "Host: localhost:" + this.port + "\r\nOrigin: " + CorsScenarios.APP + "\r\n";
			for (int attempt = 0; attempt < 20; attempt++) {
				try (KeepAliveConnection connection = new KeepAliveConnection(this.port)) {
					connection.pipeline("GET /api/orders HTTP/1.1\r\n" + host + "Authorization: " + user + "\r\n",
							"OPTIONS /api/orders/7 HTTP/1.1\r\n" + host + "Access-Control-Request-Method: PUT\r\n");
					assertThat(connection.read()).startsWith("HTTP/1.1 200");
					assertThat(connection.read()).startsWith("HTTP/1.1 204");
					assertThat(connection.exchange("PUT /api/orders/7 HTTP/1.1\r\n" + host + "Authorization: " + user
							+ "\r\nContent-Length: 0\r\n")).as("attempt %d", attempt).startsWith("HTTP/1.1 ");
				}
			}
		}

		@Test
		void servedByTheStackUnderTest() {
			assertThat(this.context.getWebServer().getClass().getName())
				.contains((this.stack == WebApplicationType.SERVLET) ? "Tomcat" : "Netty");
		}

	}

	abstract static class UserCorsSourceTable extends Table {

		static Stream<Scenario> userSourceScenarios() {
			return SecuredScenarios.withUserCorsSource().stream();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("userSourceScenarios")
		void userSourceScenario(Scenario scenario) throws IOException, InterruptedException {
			ScenarioExchange.verify(this.port, scenario);
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none" })
	class MvcWithoutCorsConfiguration extends Table {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors" })
	class MvcWithHttpCors extends Table {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean" })
	class MvcWithUserCorsConfigurationSourceBean extends UserCorsSourceTable {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source" })
	class MvcWithHttpCorsConfigurationSource extends UserCorsSourceTable {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none" })
	class WebFluxWithoutCorsConfiguration extends Table {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors" })
	class WebFluxWithHttpCors extends Table {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean" })
	class WebFluxWithUserCorsConfigurationSourceBean extends UserCorsSourceTable {

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source" })
	class WebFluxWithHttpCorsConfigurationSource extends UserCorsSourceTable {

	}

}
