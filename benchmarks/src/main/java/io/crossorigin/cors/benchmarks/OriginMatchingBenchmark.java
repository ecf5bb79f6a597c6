package io.crossorigin.cors.benchmarks;

import java.util.ArrayList;
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
import org.springframework.web.cors.CorsConfiguration;

import io.crossorigin.cors.CorsPolicy;

/**
 * Deciding whether an origin is allowed, as the list of allowed origins grows: this engine's
 * compiled matcher against Spring's {@link CorsConfiguration#checkOrigin(String)}, configured with
 * the same exact origins and subdomain patterns. The probed origin matches the last pattern listed
 * ({@code hit}) or nothing ({@code miss}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OriginMatchingBenchmark {

	/** How many exact origins, and as many subdomain patterns, are allowed. */
	@Param({ "1", "100", "1000" })
	public int entries;

	/** Whether the probed origin is allowed. */
	@Param({ "hit", "miss" })
	public String probe;

	private CorsPolicy policy;

	private CorsConfiguration springConfiguration;

	private String origin;

	@Setup
	public void setUp() {
		List<String> exact = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < this.entries; i++) {
			exact.add("https://app" + i + ".example.com");
			patterns.add("https://*.tenant" + i + ".example.net");
		}
		List<String> all = new ArrayList<>(exact);
		all.addAll(patterns);
		this.policy = CorsPolicy.builder().allowedOrigins(all).build();
		this.springConfiguration = new CorsConfiguration();
		this.springConfiguration.setAllowedOrigins(exact);
		this.springConfiguration.setAllowedOriginPatterns(patterns);
		// hit: a subdomain of the last pattern, so Spring's scan runs to the end of its list
		this.origin = this.probe.equals("hit") ? "https://eu.shop.tenant" + (this.entries - 1) + ".example.net"
				: "https://shop.tenant" + this.entries + ".example.net";
		if (this.policy.allowsOrigin(this.origin) != (this.springConfiguration.checkOrigin(this.origin) != null)) {
			throw new IllegalStateException("The engine and Spring disagree on " + this.origin);
		}
	}

	@Benchmark
	public boolean crossorigin() {
		return this.policy.allowsOrigin(this.origin);
	}

	@Benchmark
	public String spring() {
		return this.springConfiguration.checkOrigin(this.origin);
	}

}
