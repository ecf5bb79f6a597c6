package io.crossorigin.cors.spring;

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
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration;
import io.crossorigin.cors.spring.webflux.CorsWebFluxAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every invalid configuration fails startup, and the failure analysis names the property, the
 * offending value, what is wrong and how to fix it.
 */
class InvalidCorsConfigurationFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class));

	private final WebApplicationContextRunner mvcRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcAutoConfiguration.class,
				WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class));

	static Stream<Arguments> invalidProperties() {
		return Stream.of(
				arguments("any origin with credentials",
						new String[] { "cors.policies.api.allowed-origins=*", "cors.policies.api.allow-credentials=true" },
						"cors.policies.api.allowed-origins[0]", "*", "list the origins explicitly, or set allow-credentials to false"),
				arguments("exposed * with credentials",
						new String[] { "cors.policies.api.allowed-origins=https://a.example.com",
								"cors.policies.api.allow-credentials=true", "cors.policies.api.exposed-headers=*" },
						"cors.policies.api.exposed-headers[0]", "*", "list the response headers to expose"),
				arguments("method that is no token", new String[] { "cors.policies.api.allowed-methods[0]=GET",
						"cors.policies.api.allowed-methods[1]=BAD METHOD" }, "cors.policies.api.allowed-methods[1]",
						"BAD METHOD", "write an HTTP token such as GET, PATCH or PURGE"),
				arguments("forbidden method", new String[] { "cors.policies.api.allowed-methods=GET,TRACE" },
						"cors.policies.api.allowed-methods[1]", "TRACE", "remove it"),
				arguments("header name that is no token", new String[] { "cors.policies.api.allowed-headers[0]=X Bad" },
						"cors.policies.api.allowed-headers[0]", "X Bad", "write an HTTP token such as X-Request-Id"),
				arguments("forbidden request header", new String[] { "cors.policies.api.allowed-headers=Content-Type,Cookie" },
						"cors.policies.api.allowed-headers[1]", "Cookie", "remove it"),
				arguments("exposed Set-Cookie", new String[] { "cors.policies.api.exposed-headers=Set-Cookie" },
						"cors.policies.api.exposed-headers[0]", "Set-Cookie", "remove it"),
				arguments("negative max-age", new String[] { "cors.policies.api.max-age=-1s" }, "cors.policies.api.max-age",
						"PT-1S", "use a duration of zero or more"),
				arguments("origin with trailing slash", new String[] { "cors.policies.api.allowed-origins=https://a.example.com/" },
						"cors.policies.api.allowed-origins[0]", "https://a.example.com/", "remove the trailing slash: https://a.example.com"),
				arguments("origin with a path",
						new String[] { "cors.policies.api.allowed-origins=https://ok.example.com,https://a.example.com/app" },
						"cors.policies.api.allowed-origins[1]", "https://a.example.com/app", "write https://a.example.com"),
				arguments("wildcard inside a host", new String[] { "cors.policies.api.allowed-origins=https://app.*.example.com" },
						"cors.policies.api.allowed-origins[0]", "https://app.*.example.com", "'*' is allowed only as the whole first label"),
				arguments("wildcard over a public suffix", new String[] { "cors.policies.api.allowed-origins=https://*.co.uk" },
						"cors.policies.api.allowed-origins[0]", "https://*.co.uk", "name your own domain"),
				arguments("plain http with credentials",
						new String[] { "cors.policies.api.allowed-origins=http://app.example.com",
								"cors.policies.api.allow-credentials=true" },
						"cors.policies.api.allowed-origins[0]", "http://app.example.com", "set allow-insecure-origins to true"),
				arguments("non-ASCII host", new String[] { "cors.policies.api.allowed-origins=https://bücher.example" },
						"cors.policies.api.allowed-origins[0]", "https://bücher.example", "https://xn--bcher-kva.example"),
				arguments("origin without scheme", new String[] { "cors.policies.api.allowed-origins=app.example.com" },
						"cors.policies.api.allowed-origins[0]", "app.example.com", "write the scheme too, e.g. https://app.example.com"),
				arguments("origin with user info", new String[] { "cors.policies.api.allowed-origins=https://me@a.example.com" },
						"cors.policies.api.allowed-origins[0]", "https://me@a.example.com", "remove the user info"),
				arguments("invalid port", new String[] { "cors.policies.api.allowed-origins=http://localhost:70000" },
						"cors.policies.api.allowed-origins[0]", "http://localhost:70000", "write a port from 1 to 65535"),
				arguments("path pattern without leading slash", new String[] { "cors.policies.api.path-patterns=api/**" },
						"cors.policies.api.path-patterns[0]", "api/**", "write a path pattern such as /api/**"),
				arguments("invalid path pattern", new String[] { "cors.policies.api.path-patterns=/api/{*rest}/more" },
						"cors.policies.api.path-patterns[0]", "/api/{*rest}/more", "use Spring's PathPattern syntax"),
				arguments("invalid defaults", new String[] { "cors.defaults.allowed-origins=https://a.example.com/" },
						"cors.defaults.allowed-origins[0]", "https://a.example.com/", "remove the trailing slash"),
				arguments("defaults origin that a policy's credentials make invalid",
						new String[] { "cors.defaults.allowed-origins=*", "cors.policies.api.allow-credentials=true" },
						"cors.defaults.allowed-origins[0]", "*", "set allow-credentials to false"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidProperties")
	void invalidPropertyFailsStartupNamingPathValueAndFix(String name, String[] properties, String path, String value,
			String fix) {
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).contains(path + " = '" + value + "'");
			assertThat(analysis.getAction()).contains(path + ": ").contains(fix);
		});
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-origins=https://a.example.com/,https://*.com",
					"cors.policies.api.max-age=-1s", "cors.policies.admin.allowed-methods=TRACE")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("The CORS configuration is invalid (4 problems):")
					.contains("cors.policies.api.allowed-origins[0]", "cors.policies.api.allowed-origins[1]",
							"cors.policies.api.max-age", "cors.policies.admin.allowed-methods[0]");
			});
	}

	@Test
	void aProblemInDefaultsIsReportedOnceHoweverManyPoliciesInheritIt() {
		this.contextRunner
			.withPropertyValues("cors.defaults.allowed-methods=TRACE", "cors.policies.a.allowed-origins=https://a.example.com",
					"cors.policies.b.allowed-origins=https://b.example.com")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidCorsConfigurationException.class,
						(ex) -> assertThat(ex.problems()).singleElement()
							.satisfies((problem) -> assertThat(problem.path()).isEqualTo("cors.defaults.allowed-methods[0]"))));
	}

	static Stream<Arguments> invalidAnnotations() {
		return Stream.of(
				arguments(MissingPolicyController.class, "@CrossOriginPolicy on MissingPolicyController.list(): value", "missing",
						"define cors.policies.missing, or name one of [api]"),
				arguments(InvalidOriginController.class, "@CrossOriginPolicy on " + InvalidOriginController.class.getName()
						+ ": origins[0]", "https://partner.example.com/", "remove the trailing slash"),
				arguments(InvalidCredentialsController.class, "@CrossOriginPolicy on InvalidCredentialsController.list(): allowCredentials",
						"yes", "write \"true\" or \"false\""),
				arguments(InvalidMaxAgeController.class, "@CrossOriginPolicy on InvalidMaxAgeController.list(): maxAge", "forever",
						"write a duration such as"),
				arguments(UnresolvablePlaceholderController.class,
						"@CrossOriginPolicy on UnresolvablePlaceholderController.list(): origins", "${partner.origin}",
						"define the property it names"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidAnnotations")
	void invalidAnnotationFailsStartupNamingTheElementAttributeAndFix(Class<?> controller, String path, String value,
			String fix) {
		this.mvcRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.withUserConfiguration(controller)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
				assertThat(analysis.getDescription()).contains(path + " = '" + value + "'")
					.startsWith("The CORS configuration is invalid (1 problem):");
				assertThat(analysis.getAction()).contains(path + ": ").contains(fix);
			});
	}

	@Test
	void invalidAnnotationFailsStartupOnWebFluxToo() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebFluxAutoConfiguration.class,
					WebFluxAutoConfiguration.class, CodecsAutoConfiguration.class))
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.withUserConfiguration(MissingPolicyController.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("@CrossOriginPolicy on MissingPolicyController.list(): value = 'missing'");
			});
	}

	@Test
	void validAnnotationsWithResolvedPlaceholdersStartFine() {
		this.mvcRunner
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com",
					"partner.origin=https://partner.example.com")
			.withUserConfiguration(UnresolvablePlaceholderController.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void springApplicationReportsTheAnalysisWhenStartupFails(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(java.util.Map.of("cors.policies.api.allowed-origins", "https://*.com",
				"cors.policies.api.max-age", "-1s"));
		assertThatThrownBy(application::run).hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
		assertThat(output).contains("APPLICATION FAILED TO START", "The CORS configuration is invalid (2 problems):",
				"cors.policies.api.allowed-origins[0] = 'https://*.com'",
				"allows every subdomain of the public suffix 'com', which unrelated parties own",
				"cors.policies.api.allowed-origins[0]: name your own domain, e.g. https://*.yourcompany.com",
				"cors.policies.api.max-age: use a duration of zero or more, e.g. 30m");
	}

	@org.springframework.boot.autoconfigure.EnableAutoConfiguration
	@org.springframework.boot.SpringBootConfiguration
	static class EmptyApplication {

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
	@CrossOriginPolicy(value = "api", origins = "https://partner.example.com/")
	static class InvalidOriginController {

		@GetMapping("/invalid-origin")
		String list() {
			return "";
		}

	}

	@RestController
	static class InvalidCredentialsController {

		@GetMapping("/invalid-credentials")
		@CrossOriginPolicy(value = "api", allowCredentials = "yes")
		String list() {
			return "";
		}

	}

	@RestController
	static class InvalidMaxAgeController {

		@GetMapping("/invalid-max-age")
		@CrossOriginPolicy(value = "api", maxAge = "forever")
		String list() {
			return "";
		}

	}

	@RestController
	static class UnresolvablePlaceholderController {

		@GetMapping("/placeholder")
		@CrossOriginPolicy(value = "api", origins = "${partner.origin}")
		String list() {
			return "";
		}

	}

}
