package io.crossorigin.cors.spring;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a report-only policy's answer compares with the application's: who lets the browser
 * through first, then the {@code Access-Control-*} headers, lists as sets of names.
 */
class ReportOnlyComparisonTests {

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com")
		.allowedMethods("GET", "PUT")
		.build();

	private ReportOnlyDifference compare(String method, String origin, boolean preflight, int status,
			Map<String, String> sent) {
		Map<String, String> would = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		CorsRequest request = new CorsRequest() {

			@Override
			public String method() {
				return preflight ? "OPTIONS" : method;
			}

			@Override
			public String header(String name) {
				return switch (name) {
					case "Origin" -> origin;
					case "Access-Control-Request-Method" -> preflight ? method : null;
					default -> null;
				};
			}

			@Override
			public String scheme() {
				return "https";
			}

			@Override
			public String host() {
				return "api.example.com";
			}

			@Override
			public int port() {
				return 443;
			}

		};
		CorsDecision decision = new CorsEngine().decide(this.policy, request, new CorsResponseHeaders() {

			@Override
			public String get(String name) {
				return would.get(name);
			}

			@Override
			public void set(String name, String value) {
				would.put(name, value);
			}

		});
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(sent);
		Function<String, String> lookup = headers::get;
		return ReportOnlyComparison.compare(decision, would, status, lookup);
	}

	@Test
	void bothAllowingWithTheSameHeadersAgree() {
		assertThat(compare("GET", "https://app.example.com", false, 200,
				Map.of("Access-Control-Allow-Origin", "https://app.example.com", "Vary", "Origin")))
			.isEqualTo(ReportOnlyDifference.AGREES);
	}

	@Test
	void bothRefusingAgree() {
		assertThat(compare("GET", "https://evil.example.org", false, 403, Map.of())).isEqualTo(ReportOnlyDifference.AGREES);
	}

	@Test
	void anOriginTheApplicationAllowsAndThePolicyDoesNotWouldBeRefused() {
		assertThat(compare("GET", "https://old.example.com", false, 200,
				Map.of("Access-Control-Allow-Origin", "https://old.example.com")))
			.isEqualTo(ReportOnlyDifference.WOULD_REFUSE);
	}

	@Test
	void anOriginThePolicyAllowsAndTheApplicationDoesNotWouldBeAllowed() {
		assertThat(compare("GET", "https://app.example.com", false, 403, Map.of()))
			.isEqualTo(ReportOnlyDifference.WOULD_ALLOW);
	}

	@Test
	void aPreflightTheApplicationAnsweredWithAnErrorStatusIsARefusal() {
		assertThat(compare("PUT", "https://app.example.com", true, 401,
				Map.of("Access-Control-Allow-Origin", "https://app.example.com")))
			.isEqualTo(ReportOnlyDifference.WOULD_ALLOW);
	}

	@Test
	void methodListsAreComparedAsSetsAndOtherDifferencesCount() {
		assertThat(compare("PUT", "https://app.example.com", true, 200,
				Map.of("Access-Control-Allow-Origin", "https://app.example.com", "Access-Control-Allow-Methods", "put,GET",
						"Access-Control-Max-Age", "1800")))
			.isEqualTo(ReportOnlyDifference.AGREES);
		assertThat(compare("PUT", "https://app.example.com", true, 200,
				Map.of("Access-Control-Allow-Origin", "https://app.example.com", "Access-Control-Allow-Methods", "GET,PUT",
						"Access-Control-Max-Age", "3600")))
			.isEqualTo(ReportOnlyDifference.HEADERS_DIFFER);
		assertThat(compare("GET", "https://app.example.com", false, 200, Map.of("Access-Control-Allow-Origin",
				"https://app.example.com", "Access-Control-Allow-Credentials", "true")))
			.isEqualTo(ReportOnlyDifference.HEADERS_DIFFER);
	}

	@Test
	void tagValuesAreLowerCaseWithDashes() {
		assertThat(ReportOnlyDifference.WOULD_REFUSE.tagValue()).isEqualTo("would-refuse");
		assertThat(ReportOnlyDifference.HEADERS_DIFFER.tagValue()).isEqualTo("headers-differ");
	}

}
