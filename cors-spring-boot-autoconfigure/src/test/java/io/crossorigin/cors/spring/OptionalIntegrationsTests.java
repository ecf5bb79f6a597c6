package io.crossorigin.cors.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;

import io.crossorigin.cors.spring.actuate.CorsEndpoint;
import io.crossorigin.cors.spring.actuate.CorsEndpointAutoConfiguration;
import io.crossorigin.cors.spring.cloud.CorsEnvironmentChangeListener;
import io.crossorigin.cors.spring.cloud.CorsSpringCloudAutoConfiguration;
import io.crossorigin.cors.spring.metrics.CorsMetricsAutoConfiguration;
import io.crossorigin.cors.spring.metrics.CorsRequestMetrics;
import io.crossorigin.cors.spring.mvc.CorsPolicyFilter;
import io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud, Actuator and Micrometer stay optional: with each on the class path its integration
 * is there; without it, the starter works and registers nothing that needs it.
 */
class OptionalIntegrationsTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcAutoConfiguration.class,
				CorsSpringCloudAutoConfiguration.class, CorsEndpointAutoConfiguration.class,
				CorsMetricsAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com",
				"management.endpoints.web.exposure.include=cors");

	@Test
	void everyIntegrationIsThereWhenItsLibraryIs() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(CorsEnvironmentChangeListener.class)
			.hasSingleBean(CorsEndpoint.class)
			.hasSingleBean(CorsRequestMetrics.class));
	}

	@Test
	void withoutSpringCloudThePoliciesStillWorkAndNothingListensForItsEvent() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EnvironmentChangeEvent.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsEnvironmentChangeListener.class)
				.hasSingleBean(CorsPolicyFilter.class)
				.hasSingleBean(CorsPolicyRegistry.class));
	}

	@Test
	void withoutActuatorThereIsNoEndpoint() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsEndpoint.class)
				.hasSingleBean(CorsPolicyFilter.class));
	}

	@Test
	void withoutMicrometerThereAreNoMetrics() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcAutoConfiguration.class,
					CorsMetricsAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsRequestMetrics.class)
				.hasSingleBean(CorsPolicyFilter.class));
	}

}
