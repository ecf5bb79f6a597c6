package io.crossorigin.cors.benchmarks;

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
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.crossorigin.cors.spring.webflux.CorsPolicyWebFilter;
import io.crossorigin.cors.spring.webflux.ReactiveHandlerMethodLookup;

/**
 * One exchange through the whole WebFlux path of each side: this starter's
 * {@link CorsPolicyWebFilter} against Spring's {@link CorsWebFilter} with a
 * {@link UrlBasedCorsConfigurationSource}, and a {@code baseline} that builds the same exchange,
 * walks a filter that does nothing and completes the response the same way (which runs this
 * starter's before-commit gate). A side's own cost is its time less the baseline's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class WebFluxPathBenchmark {

	/** Which request: an allowed actual GET, an accepted preflight, or a GET from a disallowed origin. */
	@Param({ "actual", "preflight", "disallowed" })
	public String request;

	private static final WebFilterChain APPLICATION = (exchange) -> Mono.empty();

	private static final WebFilter NOTHING = (exchange, chain) -> chain.filter(exchange);

	private WebFilter crossorigin;

	private WebFilter spring;

	@Setup
	public void setUp() {
		this.crossorigin = new CorsPolicyWebFilter(BenchmarkPolicies.enforcer(), new ReactiveHandlerMethodLookup(List.of()),
				CorsPolicyWebFilter.ORDER);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(BenchmarkPolicies.PATTERN, BenchmarkPolicies.springConfiguration());
		this.spring = new CorsWebFilter(source);
	}

	private MockServerWebExchange newExchange() {
		MockServerHttpRequest request = switch (this.request) {
			case "actual" -> MockServerHttpRequest.get("https://api.example.com/api/orders")
				.header("Origin", "https://app.example.com")
				.build();
			case "preflight" -> MockServerHttpRequest.options("https://api.example.com/api/orders")
				.header("Origin", "http://localhost:3000")
				.header("Access-Control-Request-Method", "PUT")
				.header("Access-Control-Request-Headers", "content-type,x-request-id")
				.build();
			case "disallowed" -> MockServerHttpRequest.get("https://api.example.com/api/orders")
				.header("Origin", "https://evil.example.org")
				.build();
			default -> throw new IllegalArgumentException(this.request);
		};
		return MockServerWebExchange.from(request);
	}

	private MockServerWebExchange run(WebFilter filter) {
		MockServerWebExchange exchange = newExchange();
		filter.filter(exchange, APPLICATION).then(exchange.getResponse().setComplete()).block();
		return exchange;
	}

	@Benchmark
	public MockServerWebExchange baseline() {
		return run(NOTHING);
	}

	@Benchmark
	public MockServerWebExchange crossorigin() {
		return run(this.crossorigin);
	}

	@Benchmark
	public MockServerWebExchange spring() {
		return run(this.spring);
	}

}
