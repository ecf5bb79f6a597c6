package io.crossorigin.cors;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy is its settings as configured, normalised: settings that mean the same compare equal,
 * and a policy rebuilt from its own settings is equal to it.
 */
class CorsPolicyTests {

	@Test
	void settingsThatMeanTheSameMakeEqualPolicies() {
		CorsPolicy written = CorsPolicy.builder()
			.allowedOrigins("https://APP.example.com:443", "https://app.example.com")
			.allowedMethods("get", "POST")
			.allowedHeaders("X-Request-Id", "x-request-id")
			.build();
		CorsPolicy normalised = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com")
			.allowedMethods("GET", "POST")
			.allowedHeaders("X-Request-Id")
			.build();
		assertThat(written).isEqualTo(normalised).hasSameHashCodeAs(normalised);
	}

	@Test
	void aPolicyRebuiltFromItsOwnSettingsIsEqualToIt() {
		OriginSet tenants = OriginSet.of(java.util.List.of("https://shop.example"));
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com", "https://*.example.com", "http://localhost:*")
			.allowedOriginSets(tenants)
			.allowedMethods("GET", "PURGE")
			.allowedHeaders("Content-Type")
			.exposedHeaders("X-Total-Count")
			.allowCredentials(true)
			.maxAge(Duration.ofMinutes(5))
			.allowPrivateNetwork(true)
			.allowInsecureOrigins(true)
			.build();
		CorsPolicy rebuilt = policy.toBuilder().build();
		assertThat(rebuilt).isEqualTo(policy).hasSameHashCodeAs(policy);
		assertThat(rebuilt.allowedOriginSets()).containsExactly(tenants);
		assertThat(rebuilt.allowsOrigin("https://shop.example")).isTrue();
	}

	@Test
	void aDifferenceInAnySettingMakesPoliciesDiffer() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();
		assertThat(policy.toBuilder().allowCredentials(true).build()).isNotEqualTo(policy);
		assertThat(policy.toBuilder().maxAge(Duration.ofMinutes(1)).build()).isNotEqualTo(policy);
		assertThat(policy.toBuilder().allowedOrigins("https://other.example.com").build()).isNotEqualTo(policy);
		assertThat(policy.toBuilder().exposedHeaders("X-Total-Count").build()).isNotEqualTo(policy);
		assertThat(policy.toBuilder().allowPrivateNetwork(true).build()).isNotEqualTo(policy);
		assertThat(policy.toBuilder().allowedOriginSets(new OriginSet()).build()).isNotEqualTo(policy);
	}

}
