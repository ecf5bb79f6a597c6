package io.crossorigin.cors.spring.secured;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import io.crossorigin.cors.spring.ReportOnlyFindings;
import io.crossorigin.cors.spring.hostile.RawHttp;
import io.crossorigin.cors.spring.reportonly.ReportOnlyTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report-only beside Spring Security's own CORS source ({@code http.cors()} with a
 * {@code CorsConfigurationSource} bean, and with a source of its own), on both stacks: every
 * response is what the secured application answers with the starter disabled, Security's 401s
 * included, and the differences are counted.
 */
class ReportOnlyBesideSecurityTests {

	private static final Map<String, ConfigurableApplicationContext> WITHOUT_STARTER = new ConcurrentHashMap<>();

	static final String USER = "Authorization: " + SecuredScenarios.basic(SecuredScenarios.USER, SecuredScenarios.PASSWORD)
			+ "\r\n";

	static List<String> requests(int port) {
		List<String> requests = new ArrayList<>();
		for (String origin : List.of("https://app.example.com", SecurityCorsMode.LEGACY_ORIGIN, "https://evil.example.org")) {
			String host = "Host: localhost:" + port + "\r\nOrigin: " + origin + "\r\n";
			requests.add("OPTIONS /api/orders/7 HTTP/1.1\r\n" + host + "Access-Control-Request-Method: PUT\r\n"
					+ "Access-Control-Request-Headers: authorization\r\n");
			requests.add("GET /api/orders HTTP/1.1\r\n" + host + USER);
			requests.add("GET /api/orders HTTP/1.1\r\n" + host);
			requests.add("PUT /api/orders/7 HTTP/1.1\r\n" + host + USER + "Content-Length: 0\r\n");
		}
		return requests;
	}

	abstract static class BesideSecurity {

		@LocalServerPort
		int port;

		@Autowired
		ReportOnlyFindings findings;

		abstract String stack();

		abstract String mode();

		@Test
		void everyResponseIsWhatTheSecuredApplicationAnswersWithoutTheStarter() throws IOException, InterruptedException {
			ConfigurableApplicationContext without = WITHOUT_STARTER.computeIfAbsent(stack() + mode(),
					(key) -> new SpringApplicationBuilder(SecuredApplication.class)
						.properties("spring.main.web-application-type=" + stack(), "spring.config.name=secured",
								SecurityCorsMode.PROPERTY + "=" + mode(), "cors.enabled=false", "server.port=0")
						.run());
			int withoutPort = Integer.parseInt(without.getEnvironment().getProperty("local.server.port"));
			List<String> mine = requests(this.port);
			List<String> theirs = requests(withoutPort);
			for (int i = 0; i < mine.size(); i++) {
				assertThat(ReportOnlyTests.wire(RawHttp.exchange(this.port, mine.get(i)))).as("%s", mine.get(i))
					.isEqualTo(ReportOnlyTests.wire(RawHttp.exchange(withoutPort, theirs.get(i))));
			}
			// Security's source allows only the legacy origin; the policy allows app.example.com and not it
			// compared once each response is complete, which the client may see end first
			for (int i = 0; i < 100 && (this.findings.report("api").counts().get("would-refuse") == 0
					|| this.findings.report("api").counts().get("would-allow") == 0); i++) {
				Thread.sleep(50);
			}
			assertThat(this.findings.report("api").counts().get("would-refuse")).isPositive();
			assertThat(this.findings.report("api").counts().get("would-allow")).isPositive();
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean", "cors.policies.api.mode=report-only" })
	class MvcSourceBean extends BesideSecurity {

		@Override
		String stack() {
			return "servlet";
		}

		@Override
		String mode() {
			return "source-bean";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source", "cors.policies.api.mode=report-only" })
	class MvcConfiguredSource extends BesideSecurity {

		@Override
		String stack() {
			return "servlet";
		}

		@Override
		String mode() {
			return "configured-source";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=source-bean", "cors.policies.api.mode=report-only" })
	class WebFluxSourceBean extends BesideSecurity {

		@Override
		String stack() {
			return "reactive";
		}

		@Override
		String mode() {
			return "source-bean";
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=secured",
					SecurityCorsMode.PROPERTY + "=configured-source", "cors.policies.api.mode=report-only" })
	class WebFluxConfiguredSource extends BesideSecurity {

		@Override
		String stack() {
			return "reactive";
		}

		@Override
		String mode() {
			return "configured-source";
		}

	}

}
