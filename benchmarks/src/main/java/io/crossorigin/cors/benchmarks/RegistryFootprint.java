package io.crossorigin.cors.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.openjdk.jol.info.GraphLayout;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

/**
 * The memory that 1,000 policies with 10,000 origins in all keep once built (the configuration of
 * {@link RegistryStartupBenchmark}), beside Spring's {@link UrlBasedCorsConfigurationSource} holding
 * the same 1,000 configurations: every object each one reaches, counted by JOL. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.crossorigin.cors.benchmarks.RegistryFootprint}.
 */
public final class RegistryFootprint {

	private RegistryFootprint() {
	}

	public static void main(String[] args) {
		Footprint footprint = measure();
		System.out.printf("this starter's registry, 1,000 policies / 10,000 origins: %,d bytes in %,d objects%n",
				footprint.registryBytes(), footprint.registryObjects());
		System.out.printf("Spring's UrlBasedCorsConfigurationSource, the same:        %,d bytes in %,d objects%n",
				footprint.springBytes(), footprint.springObjects());
		if (args.length > 0 && args[0].equals("--by-class")) {
			System.out.println(GraphLayout.parseInstance(CorsPolicyRegistry.of(RegistryStartupBenchmark.thousandTenants()))
				.toFootprint());
		}
	}

	/**
	 * Builds both sides and measures them.
	 * @return the sizes
	 */
	static Footprint measure() {
		// JOL reads a record's field offsets its own way only when asked (the policies hold records)
		System.setProperty("jol.magicFieldOffset", "true");
		GraphLayout registry = GraphLayout
			.parseInstance(CorsPolicyRegistry.of(RegistryStartupBenchmark.thousandTenants()));
		GraphLayout spring = GraphLayout.parseInstance(springSource());
		return new Footprint(registry.totalSize(), registry.totalCount(), spring.totalSize(), spring.totalCount());
	}

	private static UrlBasedCorsConfigurationSource springSource() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (int p = 0; p < 1_000; p++) {
			List<String> exact = new ArrayList<>();
			List<String> patterns = new ArrayList<>();
			for (String origin : RegistryStartupBenchmark.tenantOrigins(p)) {
				(origin.contains("*") ? patterns : exact).add(origin);
			}
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOrigins(exact);
			configuration.setAllowedOriginPatterns(patterns);
			configuration.setAllowCredentials(true);
			source.registerCorsConfiguration("/tenants/" + p + "/**", configuration.applyPermitDefaultValues());
		}
		return source;
	}

	record Footprint(long registryBytes, long registryObjects, long springBytes, long springObjects) {
	}

}
