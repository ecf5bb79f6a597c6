package io.crossorigin.cors.spring.reportonly;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import io.crossorigin.cors.spring.hostile.RawHttp;
import io.crossorigin.cors.spring.mvc.FilterSwitchedOff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report-only policies over real HTTP on Tomcat and Netty, beside {@code @CrossOrigin}, a
 * {@code CorsRegistry} mapping and no CORS at all: every response is what the same application
 * answers with the starter disabled, status and {@code Access-Control-*} and {@code Vary} headers
 * alike, while the differences are counted (the {@code cors} endpoint, the {@code report} tag of
 * {@code cors.requests}) and logged.
 */
public class ReportOnlyTests {

	static final String APP = ReportOnlyApplication.APP;

	static final String OLD = ReportOnlyApplication.OLD;

	static final String NEW = "https://new.example.com";

	static final String EVIL = "https://evil.example.org";

	/** The same application with the starter disabled, one per stack, started once. */
	private static final Map<String, ConfigurableApplicationContext> WITHOUT_STARTER = new ConcurrentHashMap<>();

	/** Every request a browser sends to the three paths from four origins, and one without Origin. */
	static List<String> requests(int port) {
		List<String> requests = new ArrayList<>();
		for (String path : List.of("/legacy/orders", "/mapped/orders", "/plain/orders")) {
			for (String origin : List.of(APP, OLD, NEW, EVIL)) {
				String host = "Host: localhost:" + port + "\r\nOrigin: " + origin + "\r\n";
				requests.add("OPTIONS " + path + " HTTP/1.1\r\n" + host + "Access-Control-Request-Method: PUT\r\n");
				requests.add("OPTIONS " + path + " HTTP/1.1\r\n" + host
						+ "Access-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: x-request-id\r\n");
				requests.add("GET " + path + " HTTP/1.1\r\n" + host);
				requests.add("PUT " + path + " HTTP/1.1\r\n" + host + "Content-Length: 0\r\n");
			}
			requests.add("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
		}
		return requests;
	}

	/** What a browser's CORS check reads of a response: the status, Access-Control-* and Vary. */
	public static String wire(RawHttp.Response response) {
		List<String> lines = new ArrayList<>();
		for (String line : response.headerLines()) {
			String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
			if (name.startsWith("access-control-") || name.equals("vary")) {
				lines.add(line);
			}
		}
		return response.status() + " " + lines;
	}

	abstract static class ReportOnly {

		@LocalServerPort
		int port;

		@Autowired
		MeterRegistry meters;

		abstract String stack();

		int portWithoutStarter() {
			ConfigurableApplicationContext context = WITHOUT_STARTER.computeIfAbsent(stack(),
					(stack) -> new SpringApplicationBuilder(ReportOnlyApplication.class)
						.properties("spring.main.web-application-type=" + stack, "spring.config.name=report-only",
								"cors.enabled=false", "server.port=0", "management.server.port=")
						.run());
			return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		}

		@Test
		void everyResponseIsWhatTheApplicationAnswersWithoutTheStarter() throws IOException {
			int without = portWithoutStarter();
			List<String> mine = requests(this.port);
			List<String> theirs = requests(without);
			for (int i = 0; i < mine.size(); i++) {
				String expected = wire(RawHttp.exchange(without, theirs.get(i)));
				String actual = wire(RawHttp.exchange(this.port, mine.get(i)));
				assertThat(actual).as("%s", mine.get(i)).isEqualTo(expected);
			}
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void theDifferencesAreCountedShownByTheEndpointAndLogged(CapturedOutput output) throws Exception {
			double wouldRefuseBefore = count("legacy", "would-refuse");
			double wouldAllowBefore = count("legacy", "would-allow");
			for (String request : requests(this.port)) {
				RawHttp.exchange(this.port, request);
			}
			// @CrossOrigin allows OLD, which the policy does not; the policy allows NEW, which @CrossOrigin does not:
			// four requests each (two preflights, a GET, a PUT), compared once each response is complete
			awaitCount("legacy", "would-refuse", wouldRefuseBefore + 4);
			awaitCount("legacy", "would-allow", wouldAllowBefore + 4);
			// no CORS at all: the policy would let APP read a GET
			awaitCount("plain", "would-allow", 1);
			// each request compared once, whoever answered it (Spring's refusal ends some before the handler)
			Thread.sleep(200);
			assertThat(count("legacy", "would-refuse")).isEqualTo(wouldRefuseBefore + 4);
			assertThat(count("legacy", "would-allow")).isEqualTo(wouldAllowBefore + 4);
			assertThat(count("legacy", "enforced")).isZero();
			awaitCount("mapped", "would-refuse", 1);

			DocumentContext json = JsonPath.parse(actuator());
			assertThat(json.read("$.policies[?(@.name == 'legacy')].mode", List.class)).containsExactly("report-only");
			// the application's own Spring CORS, listed with its translation; a report-only policy shadows none
			assertThat(json.read("$.springCors[*].source", List.class)).contains("@CrossOrigin on LegacyController.orders()");
			assertThat(json.read("$.springCors[?(@.source == '@CrossOrigin on LegacyController.orders()')].translation.yaml",
					List.class).get(0).toString()).contains("allowed-origins: [https://app.example.com, https://old.example.com]");
			assertThat(json.read("$.springCors[*].shadowedBy", List.class)).isEmpty();
			Map<String, Object> counts = ((List<Map<String, Object>>) json.read("$.policies[?(@.name == 'legacy')].reportOnly.counts",
					List.class)).get(0);
			assertThat(((Number) counts.get("would-refuse")).intValue()).isGreaterThanOrEqualTo(4);
			assertThat(counts).containsKeys("agrees", "would-refuse", "would-allow", "headers-differ");
			List<Map<String, Object>> recent = ((List<List<Map<String, Object>>>) json
				.read("$.policies[?(@.name == 'legacy')].reportOnly.recent", List.class)).get(0);
			assertThat(recent).hasSizeLessThanOrEqualTo(5).isNotEmpty();
			assertThat(recent).extracting((example) -> example.get("origin")).containsAnyOf(OLD, NEW);
			assertThat(recent).allSatisfy((example) -> assertThat(example).containsOnlyKeys("at", "difference", "origin",
					"method", "path", "decision"));

			assertThat(output).contains("CORS policy 'legacy' (report-only, not enforced) denied GET /legacy/orders: the"
					+ " origin is not allowed: 'https://old.example.com'");
		}

		/** Waits (up to 5 s) for a count: the comparison ends the exchange, which the client may see end first. */
		private void awaitCount(String policy, String report, double atLeast) throws InterruptedException {
			for (int i = 0; i < 100 && count(policy, report) < atLeast; i++) {
				Thread.sleep(50);
			}
			assertThat(count(policy, report)).as("%s %s", policy, report).isGreaterThanOrEqualTo(atLeast);
		}

		private double count(String policy, String report) {
			return this.meters.find("cors.requests").tag("policy", policy).tag("report", report).counters().stream()
				.mapToDouble((counter) -> counter.count())
				.sum();
		}

		private String actuator() throws IOException, InterruptedException {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/cors")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

	}

	@Nested
	@SpringBootTest(classes = ReportOnlyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=report-only" })
	class Mvc extends ReportOnly {

		@Override
		String stack() {
			return "servlet";
		}

	}

	@Nested
	@SpringBootTest(classes = ReportOnlyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=report-only" })
	class WebFlux extends ReportOnly {

		@Override
		String stack() {
			return "reactive";
		}

	}

	/** The servlet filter switched off: Spring MVC's interceptor decides and compares alone. */
	@Nested
	@SpringBootTest(classes = { ReportOnlyApplication.class, FilterSwitchedOff.class },
			webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=report-only" })
	class MvcInterceptorOnly extends ReportOnly {

		@Override
		String stack() {
			return "servlet";
		}

	}

}
