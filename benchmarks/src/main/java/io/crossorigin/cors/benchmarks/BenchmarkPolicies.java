package io.crossorigin.cors.benchmarks;

import java.time.Duration;
import java.util.List;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsDecisionLogger;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * The one policy every whole-path benchmark configures on both sides: this starter's {@code api}
 * policy on {@code /api/**}, and Spring's {@link CorsConfiguration} with the same settings.
 */
final class BenchmarkPolicies {

	static final List<String> ORIGINS = List.of("https://app.example.com", "https://admin.example.com",
			"http://localhost:3000");

	static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

	static final List<String> HEADERS = List.of("Content-Type", "X-Request-Id");

	static final String PATTERN = "/api/**";

	static final CorsEngine ENGINE = new CorsEngine();

	private BenchmarkPolicies() {
	}

	static CorsPolicySelector selector() {
		CorsPolicyProperties api = new CorsPolicyProperties();
		api.setPathPatterns(List.of(PATTERN));
		api.setAllowedOrigins(ORIGINS);
		api.setAllowedMethods(METHODS);
		api.setAllowedHeaders(HEADERS);
		api.setExposedHeaders(List.of("X-Total-Count"));
		api.setAllowCredentials(true);
		api.setMaxAge(Duration.ofMinutes(30));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("api", api);
		return new CorsPolicySelector(CorsPolicyRegistry.of(properties));
	}

	/** The enforcement step as the auto-configuration wires it: with the DEBUG log as its listener. */
	static CorsPolicyEnforcer enforcer() {
		return new CorsPolicyEnforcer(selector(), ENGINE, new CorsDecisionLogger());
	}

	/**
	 * A servlet request to {@code https://api.example.com/api/orders}: an allowed actual GET
	 * ({@code actual}), an accepted preflight ({@code preflight}) or a GET from a disallowed origin
	 * ({@code disallowed}).
	 */
	static MockHttpServletRequest servletRequest(String kind) {
		return switch (kind) {
			case "actual" -> servletRequest("GET", "https://app.example.com");
			case "preflight" -> {
				MockHttpServletRequest preflight = servletRequest("OPTIONS", "http://localhost:3000");
				preflight.addHeader("Access-Control-Request-Method", "PUT");
				preflight.addHeader("Access-Control-Request-Headers", "content-type,x-request-id");
				yield preflight;
			}
			case "disallowed" -> servletRequest("GET", "https://evil.example.org");
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/**
	 * The same requests as {@link #servletRequest(String)}, to the given URI, written into a recycled
	 * request.
	 */
	static RecycledServletRequest servletRequest(RecycledServletRequest request, String kind, String uri) {
		// new strings per request, as a server builds header values: no hash code is cached in them
		return switch (kind) {
			case "actual" -> request.recycle("GET", uri).header("Origin", new String("https://app.example.com"));
			case "preflight" -> request.recycle("OPTIONS", uri)
				.header("Origin", new String("http://localhost:3000"))
				.header("Access-Control-Request-Method", new String("PUT"))
				.header("Access-Control-Request-Headers", new String("content-type,x-request-id"));
			case "disallowed" -> request.recycle("GET", uri).header("Origin", new String("https://evil.example.org"));
			default -> throw new IllegalArgumentException(kind);
		};
	}

	private static MockHttpServletRequest servletRequest(String method, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/orders");
		request.setScheme("https");
		request.setServerName("api.example.com");
		request.setServerPort(443);
		request.addHeader("Origin", origin);
		return request;
	}

	static CorsConfiguration springConfiguration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(ORIGINS);
		configuration.setAllowedMethods(METHODS);
		configuration.setAllowedHeaders(HEADERS);
		configuration.setExposedHeaders(List.of("X-Total-Count"));
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(Duration.ofMinutes(30));
		return configuration;
	}

}
