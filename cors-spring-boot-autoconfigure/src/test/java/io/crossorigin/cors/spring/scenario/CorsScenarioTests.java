package io.crossorigin.cors.spring.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	static Stream<Scenario> scenarios() {
		return CorsScenarios.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void scenario(Scenario scenario) throws IOException, InterruptedException {
		HttpResponse<String> response = send(scenario);
		Map<String, List<String>> headers = response.headers().map();

		assertThat(response.statusCode()).as("status; headers %s", headers).isEqualTo(scenario.status);
		scenario.expected.forEach((name, value) -> assertThat(response.headers().allValues(name))
			.as("%s in %s", name, headers).containsExactly(value));
		for (String name : scenario.absent) {
			assertThat(response.headers().allValues(name)).as("%s in %s", name, headers).isEmpty();
		}
		if (scenario.reachesHandler != null) {
			assertThat(response.headers().firstValue(ScenarioControllers.HANDLER).isPresent())
				.as("whether the handler ran; headers %s", headers).isEqualTo(scenario.reachesHandler);
		}
		assertInvariants(response);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void rejectionIsLoggedAtDebugInOneLineWithPolicyRequestReasonAndWhatIsAllowed(CapturedOutput output)
			throws IOException, InterruptedException {
		send(Scenario.named("rejected").preflight("/api/orders", "https://evil.example.org", "GET"));
		assertThat(output).contains("io.crossorigin.cors", "CORS policy 'api' rejected the preflight for OPTIONS /api/orders:"
				+ " the origin is not allowed: 'https://evil.example.org'; allowed origins: [https://app.example.com,"
				+ " https://*.example.com, http://localhost:*]");
	}

	private HttpResponse<String> send(Scenario scenario) throws IOException, InterruptedException {
		String self = "http://localhost:" + this.port;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(self + scenario.path))
			.method(scenario.method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(10));
		for (String[] header : scenario.headers) {
			request.header(header[0], header[1].replace(Scenario.SELF, self));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Checked on every response: one Access-Control-Allow-Origin at most, no repeated Vary token, never * with credentials. */
	private static void assertInvariants(HttpResponse<String> response) {
		List<String> allowOrigin = response.headers().allValues("Access-Control-Allow-Origin");
		assertThat(allowOrigin).as("Access-Control-Allow-Origin lines").hasSizeLessThanOrEqualTo(1);
		if (allowOrigin.contains("*")) {
			assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).isEmpty();
		}
		Set<String> tokens = new HashSet<>();
		for (String vary : response.headers().allValues("Vary")) {
			for (String token : vary.split(",")) {
				assertThat(tokens.add(token.trim().toLowerCase(Locale.ROOT)))
					.as("Vary token %s repeated in %s", token.trim(), response.headers().allValues("Vary")).isTrue();
			}
		}
	}

}
