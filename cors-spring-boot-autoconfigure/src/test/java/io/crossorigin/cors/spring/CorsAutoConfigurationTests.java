package io.crossorigin.cors.spring;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.PathContainer;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.spring.mvc.CorsPolicyFilter;
import io.crossorigin.cors.spring.mvc.CorsPolicyInterceptor;
import io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration;
import io.crossorigin.cors.spring.mvc.ServletHandlerMethodLookup;
import io.crossorigin.cors.spring.webflux.CorsPolicyWebFilter;
import io.crossorigin.cors.spring.webflux.CorsWebFluxAutoConfiguration;
import io.crossorigin.cors.spring.webflux.ReactiveHandlerMethodLookup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding, inheritance and conditions of the auto-configuration.
 */
class CorsAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(CorsAutoConfiguration.class,
			CorsWebMvcAutoConfiguration.class, CorsWebFluxAutoConfiguration.class);

	/** Spring Security's filter order on both stacks (Boot's {@code spring.security.filter.order} default, WebFlux's chain filter). */
	private static final int SPRING_SECURITY_FILTER_ORDER = -100;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS);

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS);

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS);

	private static CorsPolicy policy(ConfigurableApplicationContext context, String name) {
		NamedCorsPolicy policy = context.getBean(CorsPolicyRegistry.class).policy(name);
		assertThat(policy).as("policy %s", name).isNotNull();
		return policy.policy();
	}

	@Test
	void propertiesBindIntoNamedPolicies() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.path-patterns=/api/**",
					"cors.policies.api.allowed-origins=https://app.example.com,https://*.example.com",
					"cors.policies.api.allowed-methods=GET,PUT", "cors.policies.api.allowed-headers=X-Request-Id",
					"cors.policies.api.exposed-headers=X-Total-Count", "cors.policies.api.allow-credentials=true",
					"cors.policies.api.max-age=10m", "cors.policies.api.allow-private-network=true")
			.run((context) -> {
				CorsPolicy api = policy(context, "api");
				assertThat(api.allowedOrigins()).containsExactly("https://app.example.com", "https://*.example.com");
				assertThat(api.allowedMethods()).containsExactly("GET", "PUT");
				assertThat(api.allowedHeaders()).containsExactly("X-Request-Id");
				assertThat(api.exposedHeaders()).containsExactly("X-Total-Count");
				assertThat(api.allowCredentials()).isTrue();
				assertThat(api.maxAge()).isEqualTo(Duration.ofMinutes(10));
				assertThat(api.allowPrivateNetwork()).isTrue();
				assertThat(context.getBean(CorsPolicyRegistry.class).forPath(PathContainer.parsePath("/api/orders")).name())
					.isEqualTo("api");
			});
	}

	@Test
	void yamlBindsIntoNamedPoliciesInDeclarationOrder() {
		String yaml = """
				cors:
				  defaults:
				    max-age: 5m
				  policies:
				    public:
				      path-patterns: [/public/**]
				      allowed-origins: ["*"]
				    api:
				      path-patterns: [/api/**]
				      allowed-origins:
				        - https://app.example.com
				        - http://localhost:*
				      allowed-methods: [GET, POST, PUT, DELETE]
				      allow-credentials: true
				""";
		this.contextRunner.withInitializer((context) -> addYaml(context, yaml)).run((context) -> {
			assertThat(context.getBean(CorsPolicyRegistry.class).policies()).containsOnlyKeys("public", "api");
			assertThat(context.getBean(CorsPolicyRegistry.class).policies().keySet()).containsExactly("public", "api");
			assertThat(policy(context, "api").allowedOrigins()).containsExactly("https://app.example.com", "http://localhost:*");
			assertThat(policy(context, "api").allowedMethods()).containsExactly("GET", "POST", "PUT", "DELETE");
			assertThat(policy(context, "api").maxAge()).isEqualTo(Duration.ofMinutes(5));
			assertThat(policy(context, "public").allowedOrigins()).containsExactly("*");
		});
	}

	@Test
	void environmentVariablesBindIntoNamedPolicies() {
		this.contextRunner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
					Map.of("CORS_POLICIES_API_ALLOWEDORIGINS_0", "https://app.example.com",
							"CORS_POLICIES_API_ALLOWEDORIGINS_1", "https://admin.example.com",
							"CORS_POLICIES_API_ALLOWCREDENTIALS", "true", "CORS_POLICIES_API_MAXAGE", "1h"))))
			.run((context) -> {
				CorsPolicy api = policy(context, "api");
				assertThat(api.allowedOrigins()).containsExactly("https://app.example.com", "https://admin.example.com");
				assertThat(api.allowCredentials()).isTrue();
				assertThat(api.maxAge()).isEqualTo(Duration.ofHours(1));
			});
	}

	@Test
	void policiesInheritWhatTheyDoNotSetFromDefaults() {
		this.contextRunner
			.withPropertyValues("cors.defaults.allowed-origins=https://app.example.com", "cors.defaults.max-age=2m",
					"cors.defaults.exposed-headers=X-Total-Count", "cors.policies.api.path-patterns=/api/**",
					"cors.policies.admin.path-patterns=/admin/**",
					"cors.policies.admin.allowed-origins=https://admin.example.com", "cors.policies.admin.max-age=0s")
			.run((context) -> {
				assertThat(policy(context, "api").allowedOrigins()).containsExactly("https://app.example.com");
				assertThat(policy(context, "api").maxAge()).isEqualTo(Duration.ofMinutes(2));
				assertThat(policy(context, "api").exposedHeaders()).containsExactly("X-Total-Count");
				assertThat(policy(context, "admin").allowedOrigins()).containsExactly("https://admin.example.com");
				assertThat(policy(context, "admin").maxAge()).isZero();
				assertThat(policy(context, "admin").exposedHeaders()).containsExactly("X-Total-Count");
			});
	}

	@Test
	void unsetSettingsTakeTheBuiltInDefaults() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				CorsPolicy api = policy(context, "api");
				assertThat(api.allowedMethods()).containsExactly("GET", "HEAD", "POST");
				assertThat(api.allowedHeaders()).containsExactly("*");
				assertThat(api.maxAge()).isEqualTo(Duration.ofMinutes(30));
				assertThat(api.allowCredentials()).isFalse();
			});
	}

	@Test
	void mostSpecificPathPatternWinsAndTiesGoToTheFirstDeclared() {
		this.contextRunner
			.withPropertyValues("cors.policies.broad.path-patterns=/api/**",
					"cors.policies.broad.allowed-origins=https://a.example.com",
					"cors.policies.orders.path-patterns=/api/orders/**",
					"cors.policies.orders.allowed-origins=https://b.example.com",
					"cors.policies.first.path-patterns=/shop/{id}", "cors.policies.first.allowed-origins=https://c.example.com",
					"cors.policies.second.path-patterns=/shop/{name}",
					"cors.policies.second.allowed-origins=https://d.example.com")
			.run((context) -> {
				CorsPolicyRegistry registry = context.getBean(CorsPolicyRegistry.class);
				assertThat(registry.forPath(PathContainer.parsePath("/api/orders/7")).name()).isEqualTo("orders");
				assertThat(registry.forPath(PathContainer.parsePath("/api/users")).name()).isEqualTo("broad");
				assertThat(registry.forPath(PathContainer.parsePath("/shop/42")).name()).isEqualTo("first");
				assertThat(registry.forPath(PathContainer.parsePath("/elsewhere"))).isNull();
			});
	}

	@Test
	void servletApplicationGetsTheFilterAheadOfSpringSecurityAndTheInterceptor() {
		this.servletRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(context).hasSingleBean(CorsPolicyFilter.class)
					.hasSingleBean(CorsPolicyInterceptor.class)
					.doesNotHaveBean(CorsPolicyWebFilter.class);
				FilterRegistrationBean<?> registration = context.getBean("corsPolicyFilterRegistration",
						FilterRegistrationBean.class);
				assertThat(registration.getFilter()).isSameAs(context.getBean(CorsPolicyFilter.class));
				assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 10)
					.isLessThan(SPRING_SECURITY_FILTER_ORDER);
				assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
						DispatcherType.ERROR);
			});
	}

	@Test
	void reactiveApplicationGetsTheWebFilterAheadOfSpringSecurityAndNoInterceptor() {
		this.reactiveRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(context).hasSingleBean(CorsPolicyWebFilter.class)
					.doesNotHaveBean(CorsPolicyInterceptor.class)
					.doesNotHaveBean(CorsPolicyFilter.class);
				assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 10)
					.isLessThan(SPRING_SECURITY_FILTER_ORDER);
			});
	}

	@Test
	void filterOrderIsConfigurableOnBothStacks() {
		this.servletRunner.withPropertyValues("cors.filter-order=-150")
			.run((context) -> assertThat(context.getBean("corsPolicyFilterRegistration", FilterRegistrationBean.class)
				.getOrder()).isEqualTo(-150));
		this.reactiveRunner.withPropertyValues("cors.filter-order=-150")
			.run((context) -> assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(-150));
	}

	@Test
	void noBeanThatSpringSecurityDetectsForCorsIsPublished() {
		this.servletRunner.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).doesNotHaveBean("corsFilter")
				.doesNotHaveBean("corsConfigurationSource")
				.doesNotHaveBean(org.springframework.web.cors.CorsConfigurationSource.class)
				.doesNotHaveBean(org.springframework.web.filter.CorsFilter.class)
				.doesNotHaveBean(org.springframework.web.cors.PreFlightRequestHandler.class));
		this.reactiveRunner.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).doesNotHaveBean("corsConfigurationSource")
				.doesNotHaveBean(org.springframework.web.cors.reactive.CorsConfigurationSource.class)
				.doesNotHaveBean(org.springframework.web.cors.reactive.CorsProcessor.class)
				.doesNotHaveBean(org.springframework.web.cors.reactive.CorsWebFilter.class));
	}

	@Test
	void withoutSpringSecurityBothStacksStartAndEnforce() {
		FilteredClassLoader withoutSecurity = new FilteredClassLoader("org.springframework.security");
		this.servletRunner.withClassLoader(withoutSecurity)
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CorsPolicyFilter.class)
				.hasSingleBean(CorsPolicyInterceptor.class));
		this.reactiveRunner.withClassLoader(withoutSecurity)
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CorsPolicyWebFilter.class));
	}

	@Test
	void withoutFilterRegistrationTheInterceptorStillEnforces() {
		this.servletRunner.withClassLoader(new FilteredClassLoader(FilterRegistrationBean.class))
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsPolicyFilter.class)
				.hasSingleBean(CorsPolicyInterceptor.class));
	}

	@Test
	void nonWebApplicationGetsPoliciesButNeitherInterceptorNorFilter() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).hasSingleBean(CorsPolicyRegistry.class)
				.doesNotHaveBean(CorsPolicyInterceptor.class)
				.doesNotHaveBean(CorsPolicyWebFilter.class));
	}

	@Test
	void whenCorsIsDisabledThenNothingIsRegistered() {
		this.servletRunner.withPropertyValues("cors.enabled=false", "cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsEngine.class)
				.doesNotHaveBean(CorsPolicyRegistry.class)
				.doesNotHaveBean(CorsPolicySelector.class)
				.doesNotHaveBean(CorsPolicyInterceptor.class));
		this.reactiveRunner.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsPolicyWebFilter.class)
				.doesNotHaveBean(CorsEngine.class));
	}

	@Test
	void whenCorsIsDisabledInvalidPoliciesDoNotFailStartup() {
		this.servletRunner.withPropertyValues("cors.enabled=false", "cors.policies.api.allowed-origins=https://*.com")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void userBeansReplaceTheAutoConfiguredOnes() {
		this.servletRunner.withUserConfiguration(UserBeans.class)
			.run((context) -> {
				assertThat(context.getBean(CorsEngine.class)).isSameAs(UserBeans.ENGINE);
				assertThat(context.getBean(CorsPolicyInterceptor.class)).isSameAs(UserBeans.INTERCEPTOR);
				assertThat(context.getBean(CorsPolicyFilter.class)).isSameAs(UserBeans.FILTER);
				assertThat(context.getBean("corsPolicyFilterRegistration", FilterRegistrationBean.class).getFilter())
					.isSameAs(UserBeans.FILTER);
			});
		this.reactiveRunner.withUserConfiguration(UserFilter.class)
			.run((context) -> assertThat(context.getBean(CorsPolicyWebFilter.class)).isSameAs(UserFilter.FILTER));
	}

	@Test
	void userRegistryReplacesTheOneBuiltFromProperties() {
		CorsProperties properties = new CorsProperties();
		CorsPolicyProperties custom = new CorsPolicyProperties();
		custom.setAllowedOrigins(List.of("https://custom.example.com"));
		properties.getPolicies().put("custom", custom);
		this.contextRunner.withBean(CorsPolicyRegistry.class, () -> CorsPolicyRegistry.of(properties))
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context.getBean(CorsPolicyRegistry.class).policies()).containsOnlyKeys("custom"));
	}

	private static void addYaml(ConfigurableApplicationContext context, String yaml) {
		try {
			new YamlPropertySourceLoader().load("test.yml", new ByteArrayResource(yaml.getBytes()))
				.forEach(context.getEnvironment().getPropertySources()::addFirst);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final CorsEngine ENGINE = new CorsEngine();

		static final CorsPolicyEnforcer ENFORCER = new CorsPolicyEnforcer(
				new CorsPolicySelector(CorsPolicyRegistry.of(new CorsProperties())), ENGINE, CorsDecisionListener.NONE);

		static final CorsPolicyInterceptor INTERCEPTOR = new CorsPolicyInterceptor(ENFORCER);

		@Bean
		CorsEngine userEngine() {
			return ENGINE;
		}

		static final CorsPolicyFilter FILTER = new CorsPolicyFilter(ENFORCER,
				new ServletHandlerMethodLookup(new org.springframework.beans.factory.support.StaticListableBeanFactory()
					.getBeanProvider(org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)));

		@Bean
		CorsPolicyInterceptor userInterceptor() {
			return INTERCEPTOR;
		}

		@Bean
		CorsPolicyFilter userFilter() {
			return FILTER;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilter {

		static final CorsPolicyWebFilter FILTER = new CorsPolicyWebFilter(
				new CorsPolicyEnforcer(new CorsPolicySelector(CorsPolicyRegistry.of(new CorsProperties())),
						new CorsEngine(), CorsDecisionListener.NONE),
				new ReactiveHandlerMethodLookup(List.of()), CorsPolicyWebFilter.ORDER);

		@Bean
		CorsPolicyWebFilter userFilter() {
			return FILTER;
		}

	}

}
