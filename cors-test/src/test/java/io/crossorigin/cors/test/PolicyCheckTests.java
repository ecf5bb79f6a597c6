package io.crossorigin.cors.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySet;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How {@link PolicyCheck} picks what to send. */
class PolicyCheckTests {

	@Test
	void examplePathsFillEveryWildcardAndVariable() {
		assertThat(CorsPolicySet.examplePath("/api/**")).isEqualTo("/api/x");
		assertThat(CorsPolicySet.examplePath("/api/orders/{id}/items/*")).isEqualTo("/api/orders/1/items/x");
		assertThat(CorsPolicySet.examplePath("/files/{*rest}")).isEqualTo("/files/x");
		assertThat(CorsPolicySet.examplePath("/**")).isEqualTo("/x");
	}

	@Test
	void representativeOriginsStandForPatternsAndSkipWhatIsNotListed() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com", "https://*.shop.example.org", "http://localhost:*")
			.build();
		assertThat(PolicyCheck.representativeOrigins(policy)).containsExactly("https://app.example.com",
				"https://check.shop.example.org", "http://localhost:8443");
		assertThat(PolicyCheck.representativeOrigins(CorsPolicy.builder().allowedOrigins("*").build())).isEmpty();
	}

	@Test
	void nearMissesAreSuffixPrefixSchemePortAndNullTricks() {
		assertThat(PolicyCheck.nearMisses("https://app.example.com")).containsExactly("null",
				"https://app.example.com.evil.example", "https://evilapp.example.com", "https://evil-app.example.com",
				"http://app.example.com", "https://app.example.com:8444");
		assertThat(PolicyCheck.nearMisses("http://localhost:8443")).contains("http://localhost.evil.example:8443",
				"https://localhost:8443", "http://localhost:8444");
	}

	@Test
	void aPolicyThatCoversPathsButAllowsNoOriginFailsTheCheckWhicheverTheTarget() {
		CorsPolicyProperties misspelt = new CorsPolicyProperties();
		misspelt.setPathPatterns(List.of("/api/**"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("api", misspelt);
		CorsTarget unreachable = (method, path, headers) -> {
			throw new AssertionError("no request is needed to see that no origin is allowed");
		};
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new PolicyCheck(CorsPolicyRegistry.of(properties)).check(unreachable))
			.withMessageContaining("1 of 1 CORS policy checks failed")
			.withMessageContaining("policy 'api' on /api/x: it allows no origin at all")
			.withMessageContaining("a misspelt key, such as allowed-origin");
	}

	@Test
	void withNothingToCheckTheFailureListsThePoliciesNoPathSelects() {
		CorsPolicyProperties partners = new CorsPolicyProperties();
		partners.setAllowedOrigins(List.of("https://partner.example.net"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("partners", partners);
		CorsTarget unreachable = (method, path, headers) -> {
			throw new AssertionError("nothing to send");
		};
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new PolicyCheck(CorsPolicyRegistry.of(properties)).check(unreachable))
			.withMessageContaining("No policy with path patterns and listed origins to check")
			.withMessageContaining("Skipped, since no path selects them")
			.withMessageContaining("policy 'partners': it has no path patterns, so only @CrossOriginPolicy selects it");
	}

}
