package io.crossorigin.cors.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of every benchmark, in the build: one short iteration each, in this JVM, so that a
 * benchmark that no longer sets up, throws, or disagrees with Spring about an origin (the set-ups
 * check that) fails the build. Its numbers mean nothing; the real runs are in docs/benchmarks.md.
 */
class BenchmarksSmokeTests {

	@Test
	void everyBenchmarkRunsOnceAndScores() throws RunnerException {
		Options options = new OptionsBuilder().include("io\\.crossorigin\\.cors\\.benchmarks\\..*")
			.forks(0)
			.warmupIterations(0)
			.measurementIterations(1)
			.measurementTime(TimeValue.milliseconds(20))
			.shouldFailOnError(true)
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Set<String> benchmarks = new TreeSet<>();
		for (RunResult result : results) {
			benchmarks.add(result.getParams().getBenchmark().replaceFirst(".*\\.(\\w+\\.\\w+)$", "$1"));
			assertThat(result.getPrimaryResult().getScore()).as(result.getParams().toString()).isPositive().isFinite();
		}
		assertThat(benchmarks).contains("EngineBenchmark.decide", "MvcPathBenchmark.baseline",
				"MvcPathBenchmark.crossorigin", "MvcPathBenchmark.spring", "WebFluxPathBenchmark.baseline",
				"WebFluxPathBenchmark.crossorigin", "WebFluxPathBenchmark.spring", "OriginSetBenchmark.tenantOrigin",
				"WebFluxServerBenchmark.exchange");
		summarize("Benchmark smoke run: " + results.size() + " runs of " + benchmarks.size()
				+ " benchmarks set up, ran once and scored (numbers meaningless; real runs in docs/benchmarks.md)");
	}

	/** The line the build prints after the tests (their own output goes to files). */
	private static void summarize(String line) {
		Path file = Path.of("target", "build-summary", "benchmarks-smoke.txt");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theFootprintOfAThousandPoliciesIsMeasuredOnBothSides() {
		RegistryFootprint.Footprint footprint = RegistryFootprint.measure();
		// 10,000 origin strings alone take more than 400 kB on either side: a walk that stopped early shows
		assertThat(footprint.registryBytes()).isGreaterThan(400_000);
		assertThat(footprint.springBytes()).isGreaterThan(400_000);
		assertThat(footprint.registryObjects()).isGreaterThan(10_000);
	}

}
