package io.crossorigin.cors.spring;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.crossorigin.cors.ProblemCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A key under {@code cors.*} that names no setting fails startup, naming the nearest valid key,
 * from every kind of source but environment variables, which only warn; the suggested key then
 * starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownCorsPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class));

	static Stream<Arguments> misspeltKeys() {
		return Stream.of(
				arguments("cors.policies.api.allowed-origin", "https://app.example.com", "cors.policies.api.allowed-origins"),
				arguments("cors.policies.api.allowedOrigin", "https://app.example.com", "cors.policies.api.allowed-origins"),
				arguments("cors.policies.api.alowed-methods", "GET", "cors.policies.api.allowed-methods"),
				arguments("cors.policies.api.path-pattern", "/api/**", "cors.policies.api.path-patterns"),
				arguments("cors.policies.api.max-ages", "1h", "cors.policies.api.max-age"),
				arguments("cors.policies.api.allow-credential", "true", "cors.policies.api.allow-credentials"),
				arguments("cors.policies.api.exposed-header", "X-Total-Count", "cors.policies.api.exposed-headers"),
				arguments("cors.defaults.max-ages", "1h", "cors.defaults.max-age"),
				arguments("cors.defaults.allowed-header", "X-Request-Id", "cors.defaults.allowed-headers"),
				arguments("cors.filter-ordr", "5", "cors.filter-order"),
				arguments("cors.enable", "true", "cors.enabled"),
				arguments("cors.polices.api.allowed-origins", "https://app.example.com", "cors.policies"),
				arguments("cors.default.max-age", "1h", "cors.defaults"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("misspeltKeys")
	void aMisspeltKeyFailsStartupNamingTheNearestValidKeyAndThatKeyStarts(String key, String value, String suggestion) {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com", key + "=" + value)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
				assertThat(analysis.getDescription()).contains(key + " = '" + value + "'")
					.contains("is not a setting of this starter")
					.contains("[PROPERTY_UNKNOWN]");
				assertThat(analysis.getAction()).contains(key + ": did you mean " + suggestion + "?");
			});
		String fixed = key.replaceFirst("^" + java.util.regex.Pattern.quote(prefixOf(key, suggestion)),
				java.util.regex.Matcher.quoteReplacement(suggestion));
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com", fixed + "=" + value)
			.run((context) -> assertThat(context).as("the suggested key %s", fixed).hasNotFailed());
	}

	/** The part of the misspelt key that the suggestion replaces: as many elements as it has. */
	private static String prefixOf(String key, String suggestion) {
		String[] keyElements = key.split("\\.");
		int count = suggestion.split("\\.").length;
		return String.join(".", java.util.Arrays.copyOf(keyElements, count));
	}

	@Test
	void everyUnknownKeyIsReportedAtOnceWithTheOtherProblems() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-origin=https://app.example.com",
					"cors.policies.api.allowed-origins=https://*.com", "cors.policies.admin.max-ages=1h")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidCorsConfigurationException.class,
						(ex) -> assertThat(ex.problems()).extracting(CorsConfigurationProblem::code)
							.containsExactly(ProblemCode.PROPERTY_UNKNOWN, ProblemCode.PROPERTY_UNKNOWN,
									ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD)));
	}

	@Test
	void listIndexesAndEveryValidKeyStart() {
		this.contextRunner
			.withPropertyValues("cors.enabled=true", "cors.filter-order=5", "cors.defaults.max-age=10m",
					"cors.policies.api.path-patterns[0]=/api/**", "cors.policies.api.allowed-origins[0]=https://app.example.com",
					"cors.policies.api.allowed-methods=GET,POST", "cors.policies.api.allowed-headers=*",
					"cors.policies.api.exposed-headers=X-Total-Count", "cors.policies.api.allow-credentials=true",
					"cors.policies.api.allow-private-network=false", "cors.policies.api.allow-insecure-origins=false",
					"cors.policies.api.allowedMethods[2]=PUT", "cors.policies.api.max-age=1h")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aMisspeltKeyInAYamlFileFailsStartupNamingTheFileAndLine(CapturedOutput output) {
		SpringApplication application = new SpringApplication(InvalidCorsConfigurationFailureAnalyzerTests.EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--spring.config.name=misspelt-key"))
			.hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
		assertThat(output).contains("APPLICATION FAILED TO START",
				"cors.policies.api.allowed-origin = 'https://app.example.com'",
				"is not a setting of this starter (class path resource [misspelt-key.yml] - 5:23) [PROPERTY_UNKNOWN]",
				"cors.policies.api.allowed-origin: did you mean cors.policies.api.allowed-origins?");
	}

	@Test
	void aMisspeltKeyOnTheCommandLineFailsStartup(CapturedOutput output) {
		SpringApplication application = new SpringApplication(InvalidCorsConfigurationFailureAnalyzerTests.EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--cors.policies.api.allowed-origins=https://app.example.com",
				"--cors.policies.api.alow-credentials=true"))
			.hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
		assertThat(output).contains("cors.policies.api.alow-credentials = 'true'",
				"did you mean cors.policies.api.allow-credentials?");
	}

	@Test
	void anEnvironmentVariableBindingToNoKeyIsAWarningAndValidOnesInEitherFormAreSilent(CapturedOutput output) {
		SpringApplication application = new SpringApplication(InvalidCorsConfigurationFailureAnalyzerTests.EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CORS_POLICIES_API_ALLOWEDORIGINS", "https://app.example.com",
									"CORS_POLICIES_API_ALLOWED_METHODS", "GET,PUT", "CORS_POLICIES_API_MAXAGES", "1h",
									"CORS_POLICIES_API_PATHPATTERNS_0", "/api/**")));
		application.setEnvironment(environment);
		try (ConfigurableApplicationContext context = application.run()) {
			CorsPolicyRegistry registry = context.getBean(CorsPolicyRegistry.class);
			assertThat(registry.policies().get("api").policy().allowedMethods()).containsExactly("GET", "PUT");
		}
		assertThat(output).contains("CORS configuration: cors.policies.api.maxages = '1h' binds to no setting of this"
				+ " starter and is ignored", "(only a warning: other tools use the CORS_ prefix and cors. system properties too)",
				"did you mean cors.policies.api.max-age?");
		assertThat(output).doesNotContain("cors.policies.api.allowedorigins =", "cors.policies.api.allowed.methods =",
				"cors.policies.api.pathpatterns");
	}

	@Test
	void aReloadThatBringsAnUnknownKeyIsRefusedAndThePoliciesStay() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com").run((context) -> {
			CorsPolicyRegistry registry = context.getBean(CorsPolicyRegistry.class);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("reloaded", Map.of("cors.policies.api.allowed-origin", "https://b.example.com")));
			assertThatThrownBy(registry::reload).isInstanceOfSatisfying(InvalidCorsConfigurationException.class,
					(ex) -> assertThat(ex.problems()).extracting(CorsConfigurationProblem::path)
						.containsExactly("cors.policies.api.allowed-origin"));
			assertThat(registry.policies().get("api").policy().allowsOrigin("https://app.example.com")).isTrue();
		});
	}

	@Test
	void aSystemPropertyBindingToNoKeyIsAWarningAsSpringBootTreatsItToo(CapturedOutput output) {
		System.setProperty("cors.layout", "module-path");
		try {
			this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
				.run((context) -> assertThat(context).hasNotFailed());
		}
		finally {
			System.clearProperty("cors.layout");
		}
		assertThat(output).contains("CORS configuration: cors.layout = 'module-path' binds to no setting of this starter",
				"did you mean cors.");
	}

}
