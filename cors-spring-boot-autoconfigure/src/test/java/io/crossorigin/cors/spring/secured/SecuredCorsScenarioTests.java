package io.crossorigin.cors.spring.secured;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

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

		static Stream<Scenario> scenarios() {
			return SecuredScenarios.all().stream();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("scenarios")
		void scenario(Scenario scenario) throws IOException, InterruptedException {
			ScenarioExchange.verify(this.port, scenario);
		}

		abstract String server();

		@Test
		void servedByTheStackUnderTest() {
			assertThat(this.context.getWebServer().getClass().getName()).contains(server());
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

		@Override
		String server() {
			return "Tomcat";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors" })
	class MvcWithHttpCors extends Table {

		@Override
		String server() {
			return "Tomcat";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean" })
	class MvcWithUserCorsConfigurationSourceBean extends UserCorsSourceTable {

		@Override
		String server() {
			return "Tomcat";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source" })
	class MvcWithHttpCorsConfigurationSource extends UserCorsSourceTable {

		@Override
		String server() {
			return "Tomcat";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=none" })
	class WebFluxWithoutCorsConfiguration extends Table {

		@Override
		String server() {
			return "Netty";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=http-cors" })
	class WebFluxWithHttpCors extends Table {

		@Override
		String server() {
			return "Netty";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean" })
	class WebFluxWithUserCorsConfigurationSourceBean extends UserCorsSourceTable {

		@Override
		String server() {
			return "Netty";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source" })
	class WebFluxWithHttpCorsConfigurationSource extends UserCorsSourceTable {

		@Override
		String server() {
			return "Netty";
		}

	}

}
