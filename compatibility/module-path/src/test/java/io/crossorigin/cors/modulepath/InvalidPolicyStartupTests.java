package io.crossorigin.cors.modulepath;

import io.crossorigin.cors.ProblemCode;
import io.crossorigin.cors.spring.CorsConfigurationProblem;
import io.crossorigin.cors.spring.InvalidCorsConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/** The starter's startup validation, which reads the engine's Public Suffix List, in each layout. */
class InvalidPolicyStartupTests {

	@Test
	void aPolicyOverAPublicSuffixFailsTheApplicationsStartup() {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ModulePathApplication.class)
			.web(WebApplicationType.NONE)
			.properties("cors.policies.pages.allowed-origins=https://*.github.io")
			.run()
			.close());

		assertThat(failure).hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
		InvalidCorsConfigurationException invalid = (InvalidCorsConfigurationException) rootCause(failure);
		assertThat(invalid.problems()).extracting(CorsConfigurationProblem::code, CorsConfigurationProblem::path)
			.containsExactly(tuple(ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD,
					"cors.policies.pages.allowed-origins[0]"));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
