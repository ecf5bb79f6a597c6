package io.crossorigin.cors.spring;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import io.crossorigin.cors.OriginSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code allowed-origins} entry {@code bean:name} names an {@link OriginSet} bean whose origins
 * change at runtime, such as tenants' custom domains kept in a database.
 */
class OriginSetBeanTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class));

	@Test
	void aPolicyAllowsItsFixedOriginsAndWhateverTheBeanHoldsNow() {
		this.contextRunner.withUserConfiguration(TenantOrigins.class)
			.withPropertyValues("cors.policies.tenants.allowed-origins=https://app.example.com,bean:tenantOrigins",
					"cors.policies.tenants.allow-credentials=true")
			.run((context) -> {
				NamedCorsPolicy tenants = context.getBean(CorsPolicyRegistry.class).policy("tenants");
				assertThat(tenants.policy().allowedOrigins()).containsExactly("https://app.example.com");
				assertThat(tenants.policy().allowsOrigin("https://shop.acme.example")).isTrue();
				context.getBean("tenantOrigins", OriginSet.class).replace(List.of("https://shop.globex.example"));
				assertThat(tenants.policy().allowsOrigin("https://shop.acme.example")).isFalse();
				assertThat(tenants.policy().allowsOrigin("https://shop.globex.example")).isTrue();
				assertThat(tenants.policy().allowsOrigin("https://app.example.com")).isTrue();
			});
	}

	@Test
	void anEntryNamingNoOriginSetBeanFailsStartupAndOtherEntriesKeepTheirIndex() {
		this.contextRunner
			.withPropertyValues("cors.policies.tenants.allowed-origins=bean:missing,https://app.example.com/")
			.run((context) -> {
				assertThat(context).hasFailed();
				InvalidCorsConfigurationException failure = (InvalidCorsConfigurationException) NestedExceptionUtils
					.getRootCause(context.getStartupFailure());
				assertThat(failure.problems()).extracting(CorsConfigurationProblem::path)
					.containsExactly("cors.policies.tenants.allowed-origins[0]", "cors.policies.tenants.allowed-origins[1]");
				assertThat(failure.problems().get(0).problem()).isEqualTo("names no bean of type io.crossorigin.cors.OriginSet");
				assertThat(failure.problems().get(0).fix()).contains("OriginSet bean named 'missing'");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class TenantOrigins {

		@Bean
		OriginSet tenantOrigins() {
			return OriginSet.of(List.of("https://shop.acme.example"));
		}

	}

}
