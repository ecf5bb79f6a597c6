package io.crossorigin.cors.spring.actuate;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.HandlerMethodLookup;
import io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint is available like any other actuator endpoint: only where it is exposed (no web
 * exposure by default, as Spring Boot does), never with {@code cors.enabled=false}.
 */
class CorsEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsWebMvcAutoConfiguration.class,
				CorsEndpointAutoConfiguration.class))
		.withPropertyValues("cors.policies.api.allowed-origins=https://app.example.com");

	@Test
	void notExposedByDefault() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CorsEndpoint.class));
	}

	@Test
	void availableWhenExposedOnTheWeb() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=cors")
			.run((context) -> assertThat(context).hasSingleBean(CorsEndpoint.class).hasSingleBean(HandlerMethodLookup.class));
	}

	@Test
	void absentWhenCorsIsDisabled() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=cors", "cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsEndpoint.class));
	}

}
