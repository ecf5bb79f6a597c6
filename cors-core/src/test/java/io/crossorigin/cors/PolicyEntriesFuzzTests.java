package io.crossorigin.cors;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.crossorigin.cors.internal.origin.OriginSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Origin entries and origin patterns as a configuration writes them, under fuzzing: each input
 * line is an {@code allowed-origins} entry (a first line starting with {@code +} turns
 * credentials on). A policy either builds, and then allows every exact origin it lists and
 * nothing malformed, or is refused with every problem located and explained: a refused
 * configuration always says why.
 */
class PolicyEntriesFuzzTests {

	@FuzzTest(maxDuration = "10m")
	void originEntriesAreAcceptedOrRefusedWithTheirReasons(byte[] input) {
		List<String> lines = FuzzInput.fields(input);
		boolean credentials = !lines.isEmpty() && lines.get(0).startsWith("+");
		List<String> entries = credentials ? lines.subList(1, lines.size()) : lines;
		CorsPolicy policy;
		try {
			policy = CorsPolicy.builder().allowedOrigins(entries).allowCredentials(credentials).build();
		}
		catch (InvalidCorsPolicyException ex) {
			assertThat(ex.problems()).isNotEmpty();
			for (PolicyProblem problem : ex.problems()) {
				assertThat(problem.setting()).isNotNull();
				assertThat(problem.problem()).isNotBlank();
				assertThat(problem.fix()).isNotBlank();
				if (problem.setting() == PolicySetting.ALLOWED_ORIGINS && problem.index() >= 0) {
					assertThat(problem.index()).isLessThan(entries.size());
				}
			}
			assertThat(ex.getMessage()).isNotBlank();
			return;
		}
		for (String entry : policy.allowedOrigins()) {
			if (!entry.contains("*")) {
				assertThat(policy.allowsOrigin(entry)).as("listed %s", entry).isTrue();
				assertThat(OriginSyntax.isCanonical(entry)).as("listed %s is what a browser sends", entry).isTrue();
			}
		}
		for (String entry : entries) {
			if (!OriginSyntax.isCanonical(entry)) {
				assertThat(policy.allowsOrigin(entry)).as("malformed %s", entry).isFalse();
			}
		}
	}

}
