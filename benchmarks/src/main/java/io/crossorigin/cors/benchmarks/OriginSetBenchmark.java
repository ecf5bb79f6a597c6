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

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;

/**
 * A policy whose origins come from an {@link OriginSet} of tenants' domains, as the set grows from
 * one origin to a hundred thousand: the lookup must cost the same.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OriginSetBenchmark {

	/** How many tenant origins the set holds. */
	@Param({ "1", "1000", "100000" })
	public int tenants;

	/** Whether the probed origin is a tenant's. */
	@Param({ "hit", "miss" })
	public String probe;

	private CorsPolicy policy;

	private String origin;

	private char[] originChars;

	@Setup
	public void setUp() {
		List<String> origins = new ArrayList<>();
		for (int i = 0; i < this.tenants; i++) {
			origins.add("https://shop" + i + ".tenant" + (i % 97) + ".example");
		}
		this.policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com")
			.allowedOriginSets(OriginSet.of(origins))
			.allowCredentials(true)
			.build();
		int last = this.tenants - 1;
		this.origin = this.probe.equals("hit") ? "https://shop" + last + ".tenant" + (last % 97) + ".example"
				: "https://shop" + last + ".tenant" + ((last + 1) % 97) + ".example";
		this.originChars = this.origin.toCharArray();
		if (this.policy.allowsOrigin(this.origin) != this.probe.equals("hit")) {
			throw new IllegalStateException("Unexpected answer for " + this.origin);
		}
	}

	/** Only the request's string, new per call as a header is: subtract it for the lookup's own cost. */
	@Benchmark
	public String baseline() {
		return new String(this.originChars);
	}

	@Benchmark
	public boolean tenantOrigin() {
		return this.policy.allowsOrigin(new String(this.originChars));
	}

}
