package io.crossorigin.cors.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;

/**
 * One CORS request processed by this engine and by Spring Framework's {@link DefaultCorsProcessor},
 * over the same servlet request and response objects and the same configuration, in one run.
 * The response is reset in both benchmarks alike (Spring commits it when it refuses a request), so
 * the difference is the CORS processing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ServletCorsBenchmark {

	/** Which request: an allowed actual GET, an accepted preflight, or a GET from a disallowed origin. */
	@Param({ "actual", "preflight", "disallowed" })
	public String request;

	private static final List<String> ORIGINS = List.of("https://app.example.com", "https://admin.example.com",
			"http://localhost:3000");

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins(ORIGINS)
		.allowedMethods("GET", "POST", "PUT", "DELETE")
		.allowedHeaders("Content-Type", "X-Request-Id")
		.exposedHeaders("X-Total-Count")
		.allowCredentials(true)
		.maxAge(Duration.ofMinutes(30))
		.build();

	private final DefaultCorsProcessor springProcessor = new DefaultCorsProcessor();

	private final CorsConfiguration springConfiguration = new CorsConfiguration();

	private MockHttpServletRequest servletRequest;

	private MockHttpServletResponse servletResponse;

	private ServletCorsRequest corsRequest;

	private ServletCorsResponseHeaders corsResponse;

	@Setup
	public void setUp() {
		this.springConfiguration.setAllowedOrigins(ORIGINS);
		this.springConfiguration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		this.springConfiguration.setAllowedHeaders(List.of("Content-Type", "X-Request-Id"));
		this.springConfiguration.setExposedHeaders(List.of("X-Total-Count"));
		this.springConfiguration.setAllowCredentials(true);
		this.springConfiguration.setMaxAge(Duration.ofMinutes(30));
		this.servletRequest = switch (this.request) {
			case "actual" -> request("GET", "https://app.example.com");
			case "preflight" -> {
				MockHttpServletRequest preflight = request("OPTIONS", "http://localhost:3000");
				preflight.addHeader("Access-Control-Request-Method", "PUT");
				preflight.addHeader("Access-Control-Request-Headers", "content-type,x-request-id");
				yield preflight;
			}
			case "disallowed" -> request("GET", "https://evil.example.org");
			default -> throw new IllegalArgumentException(this.request);
		};
		this.servletResponse = new MockHttpServletResponse();
		this.corsRequest = new ServletCorsRequest(this.servletRequest);
		this.corsResponse = new ServletCorsResponseHeaders(this.servletResponse);
	}

	private static MockHttpServletRequest request(String method, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/orders");
		request.setScheme("https");
		request.setServerName("api.example.com");
		request.setServerPort(443);
		request.addHeader("Origin", origin);
		return request;
	}

	private void resetResponse() {
		this.servletResponse.setCommitted(false);
		this.servletResponse.reset();
	}

	@Benchmark
	public CorsDecision crossorigin() {
		resetResponse();
		return this.engine.decide(this.policy, this.corsRequest, this.corsResponse);
	}

	@Benchmark
	public boolean spring() throws IOException {
		resetResponse();
		return this.springProcessor.processRequest(this.springConfiguration, this.servletRequest, this.servletResponse);
	}

}
