package io.crossorigin.cors.spring.scenario;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the scenario table against a real embedded server over real HTTP. Subclasses choose the
 * stack; the table is the same, so the stacks cannot drift apart.
 */
abstract class CorsScenarioTests {

	@LocalServerPort
	int port;

	static Stream<Scenario> scenarios() {
		return CorsScenarios.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void scenario(Scenario scenario) throws IOException, InterruptedException {
		ScenarioExchange.verify(this.port, scenario);
	}

	/**
	 * A browser reuses its connection: a preflight, then the request it allowed, then the next
	 * call, each sent once the previous answer is in. Every answer comes (Reactor Netty 1.3.7 could
	 * leave the connection unread after a preflight answered by the filter).
	 */
	@Test
	void aReusedConnectionAnswersEveryRequestAfterAPreflight() throws IOException {
		String host = "Host: localhost:" + this.port + "\r\nOrigin: " + CorsScenarios.APP + "\r\n";
		try (KeepAliveConnection connection = new KeepAliveConnection(this.port)) {
			for (int call = 0; call < 30; call++) { // Tomcat closes a connection after 100 requests
				assertThat(connection.exchange("OPTIONS /api/orders HTTP/1.1\r\n" + host
						+ "Access-Control-Request-Method: PUT\r\n")).startsWith("HTTP/1.1 204");
				assertThat(connection.exchange("PUT /api/orders HTTP/1.1\r\n" + host + "Content-Length: 0\r\n"))
					.startsWith("HTTP/1.1 ");
				assertThat(connection.exchange("GET /api/orders HTTP/1.1\r\n" + host)).startsWith("HTTP/1.1 200");
			}
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void rejectionIsLoggedAtDebugInOneLineWithPolicyRequestReasonAndWhatIsAllowed(CapturedOutput output)
			throws IOException, InterruptedException {
		ScenarioExchange.send(this.port, Scenario.named("rejected").preflight("/api/orders", "https://evil.example.org", "GET"));
		assertThat(output).contains("io.crossorigin.cors", "CORS policy 'api' rejected the preflight for OPTIONS /api/orders:"
				+ " the origin is not allowed: 'https://evil.example.org'; allowed origins: [https://app.example.com,"
				+ " https://*.example.com, http://localhost:*]");
	}

}
