package io.crossorigin.cors.internal.origin;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pattern lookup's cost does not grow with the number of patterns: every pattern table is
 * open-addressed at a load of a quarter at most, and the longest probe any held key needs (the
 * most keys a lookup compares) stays within a small constant from ten patterns to a hundred
 * thousand. Counted, not timed. Exact origins live in the JDK's immutable hash set (one probe,
 * load at most a half); the benchmarks module times both at these sizes.
 */
class OriginLookupCostTests {

	/** The most slots a lookup visits, at any size. */
	static final int PROBE_BOUND = 12;

	@ParameterizedTest(name = "{0} any-port origins")
	@ValueSource(ints = { 10, 1_000, 100_000 })
	void anyPortLookupsProbeABoundedNumberOfSlots(int size) {
		OriginMatcher matcher = OriginMatcher.of(IntStream.range(0, size)
			.mapToObj((i) -> OriginPattern.parse("https://shop" + i + ".tenant" + (i % 97) + ".example:*"))
			.toList());
		assertThat(matcher.longestProbe()).isBetween(1, PROBE_BOUND);
		assertThat(matcher.matches("https://shop" + (size - 1) + ".tenant" + ((size - 1) % 97) + ".example:8443")).isTrue();
	}

	@ParameterizedTest(name = "{0} subdomain patterns")
	@ValueSource(ints = { 10, 1_000, 100_000 })
	void subdomainPatternLookupsProbeABoundedNumberOfSlotsPerLabel(int size) {
		List<OriginPattern> patterns = IntStream.range(0, size)
			.mapToObj((i) -> OriginPattern.parse("https://*.tenant" + i + ".example"))
			.toList();
		OriginMatcher matcher = OriginMatcher.of(patterns);
		assertThat(matcher.longestProbe()).isBetween(1, PROBE_BOUND);
		assertThat(matcher.matches("https://eu.shop.tenant" + (size - 1) + ".example")).isTrue();
		assertThat(matcher.matches("https://tenant" + (size - 1) + ".example")).isFalse();
	}

}
