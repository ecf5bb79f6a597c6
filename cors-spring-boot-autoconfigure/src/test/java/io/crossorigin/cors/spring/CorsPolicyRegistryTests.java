package io.crossorigin.cors.spring;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.environment.EnvironmentManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.spring.cloud.CorsSpringCloudAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The registry: policies from properties and from code alike, where each came from, and reloads
 * that swap a valid set in whole and refuse an invalid one, keeping the set in force.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyRegistryTests {

	private static final String RELOADABLE = "reloadable";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsSpringCloudAutoConfiguration.class))
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(RELOADABLE, new HashMap<>())));

	private static Map<String, Object> reloadable(ConfigurableApplicationContext context) {
		return ((MapPropertySource) context.getEnvironment().getPropertySources().get(RELOADABLE)).getSource();
	}

	private static InvalidCorsConfigurationException invalidConfiguration(AssertableApplicationContext context) {
		return (InvalidCorsConfigurationException) NestedExceptionUtils.getRootCause(context.getStartupFailure());
	}

	private static CorsPolicyRegistry registry(ConfigurableApplicationContext context) {
		return context.getBean(CorsPolicyRegistry.class);
	}

	@Test
	void aRegistrarAddsPoliciesThatInheritDefaultsAndSelectByPath() {
		this.contextRunner.withUserConfiguration(TenantRegistrar.class)
			.withPropertyValues("cors.defaults.max-age=5m", "cors.policies.api.path-patterns=/api/**",
					"cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = registry(context);
				assertThat(registry.policies().keySet()).containsExactly("api", "tenants");
				NamedCorsPolicy tenants = registry.policy("tenants");
				assertThat(tenants.policy().allowedOrigins()).containsExactly("https://shop.tenant.example");
				assertThat(tenants.policy().maxAge()).hasMinutes(5);
				assertThat(tenants.source()).isEqualTo("CorsPolicyRegistrar " + TenantRegistrar.Registrar.class.getName());
				assertThat(registry.forPath(PathContainer.parsePath("/tenant-api/orders"))).isSameAs(tenants);
			});
	}

	@Test
	void aRegistrarPolicyIsValidatedLikePropertiesAndFailsStartupNamingIt() {
		this.contextRunner.withUserConfiguration(InvalidRegistrar.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidConfiguration(context).problems()).extracting(CorsConfigurationProblem::path)
				.containsExactly("CorsPolicyRegistrar " + InvalidRegistrar.Registrar.class.getName()
						+ ": tenants.allowed-origins[0]");
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("tenants.allowed-origins[0] = 'https://shop.tenant.example/'");
		});
	}

	@Test
	void aNameDefinedByPropertiesAndByARegistrarFailsStartup() {
		this.contextRunner.withUserConfiguration(TenantRegistrar.class)
			.withPropertyValues("cors.policies.tenants.allowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(invalidConfiguration(context).problems())
					.singleElement()
					.satisfies((problem) -> assertThat(problem.problem()).startsWith("is defined twice, by cors.policies.tenants")
						.endsWith("and by CorsPolicyRegistrar " + TenantRegistrar.Registrar.class.getName()));
			});
	}

	@Test
	void anAnnotationCanNameAndOverrideARegistrarPolicy() {
		this.contextRunner.withUserConfiguration(TenantRegistrar.class, AnnotatedController.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(registry(context).current().derivedPolicies()).singleElement().satisfies((derived) -> {
				assertThat(derived.name()).isEqualTo("tenants @TenantOrdersController.orders()");
				assertThat(derived.source()).isEqualTo("@CrossOriginPolicy on TenantOrdersController.orders()");
				assertThat(derived.policy().allowedOrigins()).containsExactly("https://shop.tenant.example");
				assertThat(derived.policy().allowCredentials()).isTrue();
			});
		});
	}

	@Test
	void aRegistrarAddsABuiltPolicyThatSelectsByPathAndKeepsItsOwnSettings() {
		this.contextRunner.withUserConfiguration(BuiltPolicyRegistrar.class)
			.withPropertyValues("cors.defaults.max-age=5m", "cors.defaults.allow-credentials=true")
			.run((context) -> {
				NamedCorsPolicy partners = registry(context).policy("partners");
				assertThat(partners.policy()).isEqualTo(BuiltPolicyRegistrar.PARTNERS);
				assertThat(partners.policy().maxAge()).as("cors.defaults does not apply").hasMinutes(30);
				assertThat(partners.policy().allowCredentials()).isFalse();
				assertThat(partners.source()).isEqualTo("CorsPolicyRegistrar " + BuiltPolicyRegistrar.Registrar.class.getName());
				assertThat(registry(context).forPath(PathContainer.parsePath("/partner-api/feed"))).isSameAs(partners);
				assertThat(registry(context).current().pathPatterns("partners")).containsExactly("/partner-api/**");
			});
	}

	@Test
	void aBuiltPolicysPathPatternsAreValidatedLikePropertiesAndFailStartupNamingTheRegistrar() {
		this.contextRunner.withUserConfiguration(InvalidPatternRegistrar.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidConfiguration(context).problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("CorsPolicyRegistrar " + InvalidPatternRegistrar.Registrar.class.getName()
						+ ": partners.path-patterns[0]");
				assertThat(problem.code()).isEqualTo(io.crossorigin.cors.ProblemCode.PATH_PATTERN_INVALID);
			});
		});
	}

	@Test
	void anAnnotationCanNameAndOverrideABuiltPolicy() {
		this.contextRunner.withUserConfiguration(BuiltPolicyRegistrar.class, AnnotatedPartnerController.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(registry(context).current().derivedPolicies()).singleElement().satisfies((derived) -> {
					assertThat(derived.name()).isEqualTo("partners @PartnerFeedController.feed()");
					assertThat(derived.policy().allowedOrigins()).containsExactly("https://partner.example.net");
					assertThat(derived.policy().exposedHeaders()).containsExactly("X-Feed-Version");
					assertThat(derived.policy().maxAge()).hasMinutes(30);
				});
			});
	}

	@Test
	void theCorsPoliciesPropertiesAreOneRegistrarAmongTheOthersAndTheFirst() {
		this.contextRunner.withUserConfiguration(TenantRegistrar.class)
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(context.getBeansOfType(CorsPolicyRegistrar.class)).hasSize(2)
					.hasValueSatisfying(new org.assertj.core.api.Condition<>(PropertiesCorsPolicyRegistrar.class::isInstance,
							"the cors.policies registrar"));
				assertThat(registry(context).policies().keySet()).containsExactly("api", "tenants");
			});
	}

	@Test
	void aRegistrarThatFailsOnReloadIsLoggedAndTheSetInForceStays(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(FlakyRegistrar.class).run((context) -> {
			CorsPolicyRegistry registry = registry(context);
			CorsPolicySet before = registry.current();
			FlakyRegistrar.failing = true;
			try {
				assertThatExceptionOfType(IllegalStateException.class).isThrownBy(registry::reload);
			}
			finally {
				FlakyRegistrar.failing = false;
			}
			assertThat(registry.current()).isSameAs(before);
			assertThat(output).contains("CORS reload refused; the policies loaded at " + before.loadedAt()
					+ " stay in force. A CorsPolicyRegistrar failed: java.lang.IllegalStateException: directory down");
		});
	}

	@Test
	void aPropertyPolicyTellsTheFileAndLineItWasReadFrom() {
		String yaml = """
				cors:
				  policies:
				    api:
				      allowed-origins: [https://app.example.com]
				""";
		this.contextRunner.withInitializer((context) -> addYaml(context, yaml)).run((context) -> {
			NamedCorsPolicy api = registry(context).policy("api");
			assertThat(api.source()).startsWith("cors.policies.api (").contains("cors.yml").contains(":");
			assertThat(registry(context).current().loadedAt()).isNotNull();
		});
	}

	@Test
	void registeringInCodeValidatesAndSwapsInANewSetOrChangesNothing() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = registry(context);
				CorsPolicySet before = registry.current();
				assertThatExceptionOfType(InvalidCorsConfigurationException.class)
					.isThrownBy(() -> registry.register("partners", (policy) -> policy.setAllowedOrigins(List.of("*.example.com"))))
					.satisfies((ex) -> assertThat(ex.problems()).extracting(CorsConfigurationProblem::path)
						.containsExactly("CorsPolicyRegistry.register: partners.allowed-origins[0]"));
				assertThat(registry.current()).isSameAs(before);
				registry.register("partners", (policy) -> {
					policy.setPathPatterns(List.of("/partners/**"));
					policy.setAllowedOrigins(List.of("https://partner.example.net"));
				});
				assertThat(registry.current()).isNotSameAs(before);
				assertThat(registry.forPath(PathContainer.parsePath("/partners/feed")).name()).isEqualTo("partners");
				// what was registered stays across reloads
				registry.reload();
				assertThat(registry.policies()).containsOnlyKeys("api", "partners");
			});
	}

	@Test
	void registeringABuiltPolicyInCodeSwapsInANewSetThatKeepsItAcrossReloads() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = registry(context);
				CorsPolicySet before = registry.current();
				assertThatExceptionOfType(InvalidCorsConfigurationException.class)
					.isThrownBy(() -> registry.register("partners", BuiltPolicyRegistrar.PARTNERS, "partners/**"))
					.satisfies((ex) -> assertThat(ex.problems()).extracting(CorsConfigurationProblem::path)
						.containsExactly("CorsPolicyRegistry.register: partners.path-patterns[0]"));
				assertThat(registry.current()).isSameAs(before);
				registry.register("partners", BuiltPolicyRegistrar.PARTNERS, "/partners/**");
				assertThat(registry.forPath(PathContainer.parsePath("/partners/feed")).policy())
					.isEqualTo(BuiltPolicyRegistrar.PARTNERS);
				registry.reload();
				assertThat(registry.policies()).containsOnlyKeys("api", "partners");
			});
	}

	@Test
	void reloadReadsThePropertiesAgainAndSwapsInTheNewSet() {
		this.contextRunner.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = registry(context);
				CorsPolicySet before = registry.current();
				reloadable(context).put("cors.policies.api.allowed-origins", "https://new.example.com");
				reloadable(context).put("cors.policies.admin.path-patterns", "/admin/**");
				reloadable(context).put("cors.policies.admin.allowed-origins", "https://admin.example.com");
				CorsPolicySet after = registry.reload();
				assertThat(registry.current()).isSameAs(after).isNotSameAs(before);
				assertThat(after.policy("api").policy().allowedOrigins()).containsExactly("https://new.example.com");
				assertThat(after.forPath(PathContainer.parsePath("/admin/users")).name()).isEqualTo("admin");
				assertThat(after.loadedAt()).isAfterOrEqualTo(before.loadedAt());
				// the set selected before the reload is untouched
				assertThat(before.policy("api").policy().allowedOrigins()).containsExactly("https://app.example.com");
				assertThat(before.policy("admin")).isNull();
			});
	}

	@Test
	void anInvalidReloadIsRefusedWithTheStartupMessagesAtErrorAndTheOldSetStays(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = registry(context);
				CorsPolicySet before = registry.current();
				reloadable(context).put("cors.policies.api.allowed-origins", "https://*.com");
				InvalidCorsConfigurationException refused = catchThrowableOfType(InvalidCorsConfigurationException.class,
						registry::reload);
				assertThat(registry.current()).isSameAs(before);
				// the same words as the startup failure analysis
				FailureAnalysis startup = new InvalidCorsConfigurationFailureAnalyzer().analyze(refused);
				assertThat(startup.getDescription()).contains("cors.policies.api.allowed-origins[0] = 'https://*.com'");
				assertThat(output).contains(" ERROR ")
					.contains("CORS reload refused; the policies loaded at " + before.loadedAt() + " stay in force. "
							+ startup.getDescription() + startup.getAction());
				// a value that does not even bind is refused too
				reloadable(context).put("cors.policies.api.allowed-origins", "https://app.example.com");
				reloadable(context).put("cors.policies.api.allow-credentials", "maybe");
				assertThatExceptionOfType(RuntimeException.class).isThrownBy(registry::reload);
				assertThat(registry.current()).isSameAs(before);
				assertThat(output).contains("CORS reload refused; the policies loaded at " + before.loadedAt()
						+ " stay in force. Could not bind cors.*");
			});
	}

	@Test
	void springCloudsEnvironmentChangeEventReloadsThePolicies() {
		this.contextRunner.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				// the class behind Spring Cloud's POST /actuator/env: sets a property, publishes the event
				EnvironmentManager environment = new EnvironmentManager(context.getEnvironment());
				environment.setApplicationEventPublisher(context);
				environment.setProperty("cors.policies.api.allowed-origins", "https://changed.example.com");
				assertThat(registry(context).policy("api").policy().allowedOrigins())
					.containsExactly("https://changed.example.com");
			});
	}

	@Test
	void anEnvironmentChangeOfOtherPropertiesLeavesTheSetAlone() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicySet before = registry(context).current();
				context.publishEvent(new EnvironmentChangeEvent(context, Set.of("server.port", "spring.application.name")));
				assertThat(registry(context).current()).isSameAs(before);
				context.publishEvent(new EnvironmentChangeEvent(context, Set.of("CORS_POLICIES_API_MAXAGE")));
				assertThat(registry(context).current()).isNotSameAs(before);
			});
	}

	@Test
	void anInvalidEnvironmentChangeKeepsTheSetInForceAndDoesNotFailTheRefresh(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicySet before = registry(context).current();
				EnvironmentManager environment = new EnvironmentManager(context.getEnvironment());
				environment.setApplicationEventPublisher(context);
				environment.setProperty("cors.policies.api.allowed-origins", "https://app.example.com/path");
				assertThat(registry(context).current()).isSameAs(before);
				assertThat(output).contains("CORS reload refused")
					.contains("cors.policies.api.allowed-origins[0] = 'https://app.example.com/path'");
			});
	}

	private static void addYaml(ConfigurableApplicationContext context, String yaml) {
		try {
			new YamlPropertySourceLoader().load("cors.yml", new ByteArrayResource(yaml.getBytes(), "cors.yml"))
				.forEach(context.getEnvironment().getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TenantRegistrar {

		@Bean
		Registrar tenantPolicies() {
			return new Registrar();
		}

		static class Registrar implements CorsPolicyRegistrar {

			@Override
			public void registerPolicies(CorsPolicyRegistrations policies) {
				policies.add("tenants", (policy) -> {
					policy.setPathPatterns(List.of("/tenant-api/**"));
					policy.setAllowedOrigins(List.of("https://shop.tenant.example"));
				});
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InvalidRegistrar {

		@Bean
		Registrar invalidPolicies() {
			return new Registrar();
		}

		static class Registrar implements CorsPolicyRegistrar {

			@Override
			public void registerPolicies(CorsPolicyRegistrations policies) {
				policies.add("tenants", (policy) -> policy.setAllowedOrigins(List.of("https://shop.tenant.example/")));
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BuiltPolicyRegistrar {

		static final CorsPolicy PARTNERS = CorsPolicy.builder().allowedOrigins("https://partner.example.com").build();

		@Bean
		Registrar partnerPolicies() {
			return new Registrar();
		}

		static class Registrar implements CorsPolicyRegistrar {

			@Override
			public void registerPolicies(CorsPolicyRegistrations policies) {
				policies.add("partners", PARTNERS, "/partner-api/**");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InvalidPatternRegistrar {

		@Bean
		Registrar partnerPolicies() {
			return new Registrar();
		}

		static class Registrar implements CorsPolicyRegistrar {

			@Override
			public void registerPolicies(CorsPolicyRegistrations policies) {
				policies.add("partners", BuiltPolicyRegistrar.PARTNERS, "partner-api/**");
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FlakyRegistrar {

		static volatile boolean failing;

		@Bean
		CorsPolicyRegistrar flakyPolicies() {
			return (policies) -> {
				if (failing) {
					throw new IllegalStateException("directory down");
				}
				policies.add("partners", BuiltPolicyRegistrar.PARTNERS);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AnnotatedPartnerController {

		@Bean
		PartnerFeedController partnerFeedController() {
			return new PartnerFeedController();
		}

		@Controller
		static class PartnerFeedController {

			@GetMapping("/partner-api/feed")
			@CrossOriginPolicy(value = "partners", origins = "https://partner.example.net", exposedHeaders = "X-Feed-Version")
			String feed() {
				return "feed";
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AnnotatedController {

		@Bean
		TenantOrdersController tenantOrdersController() {
			return new TenantOrdersController();
		}

		@Controller
		static class TenantOrdersController {

			@GetMapping("/tenant-api/orders")
			@CrossOriginPolicy(value = "tenants", allowCredentials = "true")
			String orders() {
				return "orders";
			}

		}

	}

}
