package io.crossorigin.cors.benchmarks;

import java.time.Duration;
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

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;

/**
 * The engine's own cost, without any servlet machinery: request and response views that neither
 * allocate nor store. Each {@code Origin} is a new {@link String} per call, as a request's header
 * is, so no cached hash code flatters a lookup; that string (64 to 72 bytes here) is all that
 * {@code -prof gc} should count on the allowed paths.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {

	/**
	 * Which request: an allowed actual GET, one from a subdomain pattern, an accepted preflight, a
	 * refused origin, a preflight with a hostile 100 kB {@code Access-Control-Request-Headers}, an
	 * allowed WebSocket handshake.
	 */
	@Param({ "actual", "subdomain", "preflight", "disallowed", "hostile", "handshake" })
	public String request;

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com", "https://*.example.org", "http://localhost:*")
		.allowedMethods("GET", "POST", "PUT", "DELETE")
		.allowedHeaders("Content-Type", "X-Request-Id")
		.exposedHeaders("X-Total-Count")
		.allowCredentials(true)
		.maxAge(Duration.ofMinutes(30))
		.build();

	private final DiscardingResponse response = new DiscardingResponse();

	private final View view = new View();

	private char[] origin;

	private String method;

	private String requestMethod;

	private String requestHeaders;

	private String upgrade;

	@Setup
	public void setUp() {
		this.method = "GET";
		switch (this.request) {
			case "actual" -> this.origin = "https://app.example.com".toCharArray();
			case "subdomain" -> this.origin = "https://eu.shop.example.org".toCharArray();
			case "preflight" -> {
				this.origin = "http://localhost:5173".toCharArray();
				this.method = "OPTIONS";
				this.requestMethod = "PUT";
				this.requestHeaders = "content-type,x-request-id";
			}
			case "disallowed" -> this.origin = "https://evil.example.com".toCharArray();
			case "hostile" -> {
				this.origin = "http://localhost:5173".toCharArray();
				this.method = "OPTIONS";
				this.requestMethod = "PUT";
				this.requestHeaders = "x-a,".repeat(25_000);
			}
			case "handshake" -> {
				this.origin = "https://app.example.com".toCharArray();
				this.upgrade = "websocket";
			}
			default -> throw new IllegalArgumentException(this.request);
		}
	}

	/** Only the request's {@code Origin} string: subtract it for the engine's own cost. */
	@Benchmark
	public String baseline() {
		return new String(this.origin);
	}

	@Benchmark
	public CorsDecision decide() {
		this.view.origin = new String(this.origin);
		return this.engine.decide(this.policy, this.view, this.response);
	}

	/** One view, re-pointed at each call's fresh origin: the only allocation left is that string. */
	private final class View implements CorsRequest {

		private String origin;

		@Override
		public String method() {
			return EngineBenchmark.this.method;
		}

		@Override
		public String header(String name) {
			return switch (name) {
				case CorsHeaders.ORIGIN -> this.origin;
				case CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD -> EngineBenchmark.this.requestMethod;
				case CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS -> EngineBenchmark.this.requestHeaders;
				case CorsHeaders.UPGRADE -> EngineBenchmark.this.upgrade;
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

	}

	private static final class DiscardingResponse implements CorsResponseHeaders {

		private int writes;

		@Override
		public String get(String name) {
			return null;
		}

		@Override
		public void set(String name, String value) {
			this.writes += value.length();
		}

	}

}
