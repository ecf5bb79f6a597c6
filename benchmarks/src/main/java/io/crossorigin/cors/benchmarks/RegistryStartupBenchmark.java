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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * What a large configuration adds to startup: validating and compiling 1,000 policies with 10,000
 * origins in all (each policy 5 exact origins, 5 subdomain patterns and its own path pattern), as
 * the registry does once when the context starts. Single shots, first one included: startup is cold.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
@Fork(3)
@State(Scope.Thread)
public class RegistryStartupBenchmark {

	private CorsProperties properties;

	@Setup
	public void setUp() {
		this.properties = thousandTenants();
	}

	/**
	 * 1,000 policies, each with its own path pattern, 5 exact origins and 5 subdomain patterns.
	 * @return the properties
	 */
	static CorsProperties thousandTenants() {
		CorsProperties properties = new CorsProperties();
		for (int p = 0; p < 1_000; p++) {
			CorsPolicyProperties policy = new CorsPolicyProperties();
			policy.setPathPatterns(List.of("/tenants/" + p + "/**"));
			policy.setAllowedOrigins(tenantOrigins(p));
			policy.setAllowCredentials(true);
			properties.getPolicies().put("tenant" + p, policy);
		}
		return properties;
	}

	/**
	 * The origins of one tenant: 5 exact and 5 subdomain patterns.
	 * @param tenant the tenant's number
	 * @return the origins
	 */
	static List<String> tenantOrigins(int tenant) {
		List<String> origins = new ArrayList<>();
		for (int o = 0; o < 5; o++) {
			origins.add("https://app" + o + ".tenant" + tenant + ".example");
			origins.add("https://*.region" + o + ".tenant" + tenant + ".example");
		}
		return origins;
	}

	@Benchmark
	public CorsPolicyRegistry thousandPoliciesTenThousandOrigins() {
		return CorsPolicyRegistry.of(this.properties);
	}

}
