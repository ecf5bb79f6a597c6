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
 * the same N exact origins and N/10 subdomain patterns (at least one). The probed origin is the
 * last exact origin listed ({@code exact}), a subdomain of the last pattern listed
 * ({@code pattern}), or matches nothing ({@code miss}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OriginMatchingBenchmark {

	/** How many exact origins are allowed; a tenth as many subdomain patterns are, at least one. */
	@Param({ "1", "100", "10000" })
	public int entries;

	/** Which origin is probed. */
	@Param({ "exact", "pattern", "miss" })
	public String probe;

	private CorsPolicy policy;

	private CorsConfiguration springConfiguration;

	private String origin;

	private char[] originChars;

	@Setup
	public void setUp() {
		int patternCount = Math.max(1, this.entries / 10);
		List<String> exact = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < this.entries; i++) {
			exact.add("https://app" + i + ".example.com");
		}
		for (int i = 0; i < patternCount; i++) {
			patterns.add("https://*.tenant" + i + ".example.net");
		}
		List<String> all = new ArrayList<>(exact);
		all.addAll(patterns);
		this.policy = CorsPolicy.builder().allowedOrigins(all).build();
		this.springConfiguration = new CorsConfiguration();
		this.springConfiguration.setAllowedOrigins(exact);
		this.springConfiguration.setAllowedOriginPatterns(patterns);
		// the last entries, so that Spring's scan runs to the end of its lists
		this.origin = switch (this.probe) {
			case "exact" -> "https://app" + (this.entries - 1) + ".example.com";
			case "pattern" -> "https://eu.shop.tenant" + (patternCount - 1) + ".example.net";
			case "miss" -> "https://shop.tenant" + patternCount + ".example.net";
			default -> throw new IllegalArgumentException(this.probe);
		};
		this.originChars = this.origin.toCharArray();
		boolean allowed = !this.probe.equals("miss");
		if (this.policy.allowsOrigin(this.origin) != allowed
				|| (this.springConfiguration.checkOrigin(this.origin) != null) != allowed) {
			throw new IllegalStateException("The engine or Spring decides " + this.origin + " wrongly");
		}
	}

	/**
	 * A new string per call, as each request brings its own header: no hash code cached from the
	 * previous call flatters a lookup. {@link #baseline()} measures this alone.
	 */
	private String requestOrigin() {
		return new String(this.originChars);
	}

	/** Only the request's string: subtract it from either side for the side's own cost. */
	@Benchmark
	public String baseline() {
		return requestOrigin();
	}

	@Benchmark
	public boolean crossorigin() {
		return this.policy.allowsOrigin(requestOrigin());
	}

	@Benchmark
	public String spring() {
		return this.springConfiguration.checkOrigin(requestOrigin());
	}

}
