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
