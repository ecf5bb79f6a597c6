package io.crossorigin.cors.spring;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.ProblemCode;
import io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every problem the starter reports carries its stable code, the core's for a policy's settings
 * and the adapter codes for what the starter checks besides them, and the failure analysis names
 * the code of each problem so that a reader can look it up.
 */
class ConfigurationProblemCodeTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcAutoConfiguration.class,
				WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class));

	static Stream<Arguments> configurations() {
		return Stream.of(
				arguments(List.of("cors.policies.api.allowed-origins=https://*.com"), null,
						ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD),
				arguments(List.of("cors.policies.api.allowed-origins=*", "cors.policies.api.allow-credentials=true"), null,
						ProblemCode.CREDENTIALS_WITH_ANY_ORIGIN),
				arguments(List.of("cors.policies.api.path-patterns=api/**"), null, ProblemCode.PATH_PATTERN_INVALID),
				arguments(List.of("cors.policies.api.allowed-origins=bean:tenants"), null, ProblemCode.ORIGIN_SET_UNKNOWN),
				arguments(List.of("cors.policies.api.allowed-origins=https://app.example.com"), MissingPolicyController.class,
						ProblemCode.POLICY_NAME_UNKNOWN),
				arguments(List.of("cors.policies.api.allowed-origins=https://app.example.com"), MaybeController.class,
						ProblemCode.SETTING_TYPE_MISMATCH),
				arguments(List.of("cors.policies.api.allowed-origins=https://app.example.com"), PlaceholderController.class,
						ProblemCode.PLACEHOLDER_UNRESOLVABLE));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("configurations")
	void eachProblemCarriesItsCodeAndTheAnalysisNamesIt(List<String> properties, Class<?> controller,
			ProblemCode code) {
		WebApplicationContextRunner runner = this.contextRunner.withPropertyValues(properties.toArray(String[]::new));
		if (controller != null) {
			runner = runner.withUserConfiguration(controller);
		}
		runner.run((context) -> {
			assertThat(context).hasFailed();
			InvalidCorsConfigurationException failure = (InvalidCorsConfigurationException) NestedExceptionUtils
				.getMostSpecificCause(context.getStartupFailure());
			assertThat(failure.problems()).extracting(CorsConfigurationProblem::code).containsExactly(code);
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(failure);
			assertThat(analysis.getDescription()).contains(failure.problems().get(0).problem() + " [" + code + "]");
		});
	}

	@RestController
	static class MissingPolicyController {

		@GetMapping("/missing")
		@CrossOriginPolicy("missing")
		String list() {
			return "";
		}

	}

	@RestController
	static class MaybeController {

		@GetMapping("/maybe")
		@CrossOriginPolicy(value = "api", allowCredentials = "maybe")
		String list() {
			return "";
		}

	}

	@RestController
	static class PlaceholderController {

		@GetMapping("/placeholder")
		@CrossOriginPolicy(value = "api", origins = "${nowhere.origin}")
		String list() {
			return "";
		}

	}

}
