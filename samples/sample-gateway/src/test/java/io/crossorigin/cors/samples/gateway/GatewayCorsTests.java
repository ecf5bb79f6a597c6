package io.crossorigin.cors.samples.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.crossorigin.cors.samples.playground.Browser;
import io.crossorigin.cors.samples.playground.ChromiumBrowser;
import io.crossorigin.cors.samples.playground.FirefoxBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in an API gateway (Spring Cloud Gateway on each stack) in front of a service that
 * does CORS of its own: on the routes a policy covers, the policy is the gate. Over real HTTP the
 * responses carry exactly the policy's {@code Access-Control-*} headers, once each, and
 * {@code Vary} each token once; preflights are answered at the gateway and never forwarded. In
 * Chromium the page reads what the policy allows, and an origin the policy refuses gets nothing,
 * whatever the service says, in Chromium and in Firefox.
 */
class GatewayCorsTests {

	static final String APP = "https://app.example.com";

	static final String EVIL = "https://evil.example.org";

	static final CorsAwareService service = CorsAwareService.start();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		registry.add("sample.gateway.downstream", () -> "http://127.0.0.1:" + service.port());
	}

	@AfterAll
	static void stopService() {
		service.close();
	}

	abstract static class Stack {

		private static final Map<String, Browser> browsers = new LinkedHashMap<>();

		@LocalServerPort
		int port;

		@Autowired
		WebServerApplicationContext context;

		@BeforeAll
		static void startBrowsers() {
			browsers.put("Chromium", ChromiumBrowser.start());
			browsers.put("Firefox", FirefoxBrowser.start());
		}

		@AfterAll
		static void stopBrowsers() {
			browsers.values().forEach(Browser::close);
			browsers.clear();
		}

		abstract String server();

		@Test
		void servedByTheStackUnderTest() {
			assertThat(this.context.getWebServer().getClass().getName()).contains(server());
		}

		@Test
		void anAllowedOriginGetsThePolicysHeadersOnlyAndEachOnce() throws Exception {
			HttpResponse<String> response = send("GET", "/api/orders", "Origin", APP);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("book");
			assertThat(accessControlHeaders(response)).containsExactlyInAnyOrderEntriesOf(Map.of(
					"access-control-allow-origin", List.of(APP), "access-control-allow-credentials", List.of("true"),
					"access-control-expose-headers", List.of("X-Total-Count")));
			assertThat(varyTokens(response)).containsExactly("origin");
		}

		@Test
		void anOriginThePolicyRefusesGetsNoGrantFromTheService() throws Exception {
			HttpResponse<String> response = send("GET", "/api/orders", "Origin", EVIL);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(accessControlHeaders(response)).isEmpty();
			assertThat(varyTokens(response)).containsExactly("origin");
		}

		@Test
		void aRequestWithoutOriginVariesOnOriginOnce() throws Exception {
			HttpResponse<String> response = send("GET", "/api/orders");
			assertThat(accessControlHeaders(response)).isEmpty();
			assertThat(varyTokens(response)).containsExactly("origin");
		}

		@Test
		void preflightsAreAnsweredAtTheGatewayAndNeverForwarded() throws Exception {
			int before = service.methods().size();
			HttpResponse<String> accepted = send("OPTIONS", "/api/orders/7", "Origin", APP, "Access-Control-Request-Method",
					"PUT", "Access-Control-Request-Headers", "content-type");
			HttpResponse<String> refused = send("OPTIONS", "/api/orders", "Origin", EVIL, "Access-Control-Request-Method",
					"GET");
			assertThat(accepted.statusCode()).isEqualTo(204);
			assertThat(accessControlHeaders(accepted)).containsExactlyInAnyOrderEntriesOf(Map.of(
					"access-control-allow-origin", List.of(APP), "access-control-allow-credentials", List.of("true"),
					"access-control-allow-methods", List.of("GET, POST, PUT, DELETE"), "access-control-allow-headers",
					List.of("Content-Type, X-Request-Id"), "access-control-max-age", List.of("600")));
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(accessControlHeaders(refused)).isEmpty();
			assertThat(service.methods().subList(before, service.methods().size())).isEmpty();
		}

		@ParameterizedTest(name = "in {0}")
		@ValueSource(strings = { "Chromium", "Firefox" })
		void thePageReadsWhatThePolicyExposesAndNothingOfTheServicesOwn(String engine) {
			Browser browser = browsers.get(engine);
			browser.open("http://localhost:" + this.port + "/");
			Browser.FetchResult result = browser.fetch("http://127.0.0.1:" + this.port + "/api/orders",
					Browser.init("GET", Map.of(), "include", null));
			assertThat(result.readable()).as("readable: %s", result).isTrue();
			assertThat(result.status()).isEqualTo(200);
			assertThat(result.headers()).containsKey("x-total-count").doesNotContainKey("x-downstream-secret");
		}

		@ParameterizedTest(name = "in {0}")
		@ValueSource(strings = { "Chromium", "Firefox" })
		void aPreflightedPutGoesThroughWithCredentials(String engine) {
			Browser browser = browsers.get(engine);
			browser.open("http://localhost:" + this.port + "/");
			Browser.FetchResult result = browser.fetch("http://127.0.0.1:" + this.port + "/api/orders/7",
					Browser.init("PUT", Map.of("Content-Type", "application/json"), "include", "{\"item\":\"mug\"}"));
			assertThat(result.readable()).as("readable: %s", result).isTrue();
			assertThat(result.status()).isEqualTo(200);
		}

		@ParameterizedTest(name = "in {0}")
		@ValueSource(strings = { "Chromium", "Firefox" })
		void aPageFromAnOriginThePolicyRefusesReadsNothing(String engine) {
			Browser browser = browsers.get(engine);
			browser.open("http://evil.test:" + this.port + "/");
			Browser.FetchResult result = browser.fetch("http://127.0.0.1:" + this.port + "/api/orders",
					Browser.init("GET", Map.of(), "include", null));
			assertThat(result.readable()).as("the service would grant it; the policy does not: %s", result).isFalse();
		}

		HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofSeconds(10));
			for (int i = 0; i < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			// a connection per request: see the scenario tables on Reactor Netty's keep-alive (reactor/reactor-netty#4361)
			return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

	static Map<String, List<String>> accessControlHeaders(HttpResponse<?> response) {
		Map<String, List<String>> headers = new java.util.TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
				headers.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return headers;
	}

	/** The Vary tokens, lower-cased, failing on any repeated one. */
	static List<String> varyTokens(HttpResponse<?> response) {
		List<String> tokens = new java.util.ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String line : response.headers().allValues("Vary")) {
			for (String token : line.split(",")) {
				String lower = token.trim().toLowerCase(Locale.ROOT);
				if (!lower.isEmpty()) {
					assertThat(seen.add(lower)).as("Vary token %s repeated in %s", lower, response.headers().allValues("Vary"))
						.isTrue();
					tokens.add(lower);
				}
			}
		}
		return tokens;
	}

	@Nested
	@SpringBootTest(classes = SampleGatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "spring.main.web-application-type=reactive")
	class WebFluxGateway extends Stack {

		@Override
		String server() {
			return "Netty";
		}

	}

	@Nested
	@SpringBootTest(classes = SampleGatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "spring.profiles.active=mvc")
	class MvcGateway extends Stack {

		@Override
		String server() {
			return "Tomcat";
		}

	}

}
