package io.crossorigin.cors.spring.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a {@link Scenario}'s request to a real server over HTTP/1.1 and checks the response against
 * the row: status, exact header values, whether the handler ran, and the invariants every response
 * must keep. A row states its complete set: the response's {@code Access-Control-*} headers are
 * exactly those it expects, and it says what {@code Vary} must be (or that there is none).
 *
 * <p>Each row is an independent exchange on a connection of its own. Reactor Netty 1.3.7 (Spring
 * Boot 4.1.1's) can stop reading a keep-alive connection when a request queued behind an
 * asynchronously completed response is answered synchronously (reactor/reactor-netty#4361): behind
 * Spring Security that happens to a reused connection with or without this starter, and would make
 * rows time out at random.
 */
public final class ScenarioExchange {

	/** Response header every scenario handler sets, so that a row can tell whether the request reached it. */
	public static final String HANDLER = "X-Handler";

	private ScenarioExchange() {
	}

	/**
	 * What came back: the status, the headers and the body (empty where the row expects the body to
	 * break off).
	 *
	 * @param status the status
	 * @param headers the headers
	 * @param body the body
	 */
	public record Response(int status, HttpHeaders headers, String body) {
	}

	/**
	 * Sends the scenario's request to {@code http://localhost:<port>}.
	 * @param port the server's port
	 * @param scenario the row
	 * @return the response
	 * @throws IOException if the exchange fails
	 * @throws InterruptedException if interrupted
	 */
	public static Response send(int port, Scenario scenario) throws IOException, InterruptedException {
		String self = "http://localhost:" + port;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(self + scenario.path))
			.method(scenario.method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(10));
		for (String[] header : scenario.headers) {
			request.header(header[0], header[1].replace(Scenario.SELF, self));
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		String body;
		try (InputStream in = response.body()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			if (!scenario.bodyBreaksOff) {
				throw ex;
			}
			body = "";
		}
		return new Response(response.statusCode(), response.headers(), body);
	}

	/**
	 * Sends the scenario's request and asserts everything the row expects of the response.
	 * @param port the server's port
	 * @param scenario the row
	 * @throws IOException if the exchange fails
	 * @throws InterruptedException if interrupted
	 */
	public static void verify(int port, Scenario scenario) throws IOException, InterruptedException {
		Response response = send(port, scenario);
		Map<String, List<String>> headers = response.headers().map();

		assertThat(response.status()).as("status; headers %s; body %s", headers, response.body())
			.isEqualTo(scenario.status);
		scenario.expected.forEach((name, value) -> {
			if (name.equalsIgnoreCase("Vary")) {
				// one field value, however many lines carry it (RFC 9110 §5.3); repeats are checked below
				assertThat(String.join(", ", response.headers().allValues(name))).as("%s in %s", name, headers).isEqualTo(value);
			}
			else {
				assertThat(response.headers().allValues(name)).as("%s in %s", name, headers).containsExactly(value);
			}
		});
		assertThat(scenario.expected.containsKey("Vary") || scenario.absent.contains("Vary"))
			.as("the row states its Vary").isTrue();
		assertThat(accessControlNames(headers.keySet())).as("the Access-Control-* headers, all of them; headers %s", headers)
			.containsExactlyInAnyOrderElementsOf(accessControlNames(scenario.expected.keySet()));
		for (String name : scenario.absent) {
			assertThat(response.headers().allValues(name)).as("%s in %s", name, headers).isEmpty();
		}
		if (scenario.reachesHandler != null) {
			assertThat(response.headers().firstValue(HANDLER).isPresent())
				.as("whether the handler ran; headers %s", headers).isEqualTo(scenario.reachesHandler);
		}
		assertInvariants(response);
	}

	private static Set<String> accessControlNames(Collection<String> names) {
		Set<String> accessControl = new TreeSet<>();
		for (String name : names) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("access-control-")) {
				accessControl.add(lower);
			}
		}
		return accessControl;
	}

	/** Checked on every response: one Access-Control-Allow-Origin at most, no repeated Vary token, never * with credentials. */
	private static void assertInvariants(Response response) {
		List<String> allowOrigin = response.headers().allValues("Access-Control-Allow-Origin");
		assertThat(allowOrigin).as("Access-Control-Allow-Origin lines").hasSizeLessThanOrEqualTo(1);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials"))
			.as("Access-Control-Allow-Credentials lines").hasSizeLessThanOrEqualTo(1);
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
