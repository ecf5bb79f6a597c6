package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Origins that change at runtime: validated on each change, swapped whole, consulted by the
 * policies that hold them; and at the scale of a SaaS application's tenants.
 */
class OriginSetTests {

	private final CorsEngine engine = new CorsEngine();

	static List<String> tenants(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "https://shop" + i + ".tenant" + (i % 97) + ".example").toList();
	}

	@Test
	void aPolicyAllowsWhatItsSetHoldsNowAndForgetsWhatItHeldBefore() {
		OriginSet tenants = OriginSet.of(List.of("https://shop.acme.example"));
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com")
			.allowedOriginSets(tenants)
			.allowCredentials(true)
			.build();
		assertThat(policy.allowsOrigin("https://app.example.com")).isTrue();
		assertThat(policy.allowsOrigin("https://shop.acme.example")).isTrue();
		assertThat(policy.allowsOrigin("https://shop.globex.example")).isFalse();
		tenants.replace(List.of("https://shop.globex.example", "https://*.initech.example"));
		assertThat(policy.allowsOrigin("https://shop.acme.example")).isFalse();
		assertThat(policy.allowsOrigin("https://shop.globex.example")).isTrue();
		assertThat(policy.allowsOrigin("https://eu.shop.initech.example")).isTrue();
		assertThat(policy.allowedOriginSets()).containsExactly(tenants);
		TestResponse response = new TestResponse();
		CorsDecision decision = this.engine.decide(policy, TestRequest.cors("GET", "https://shop.globex.example"), response);
		assertThat(decision.kind()).isEqualTo(CorsDecision.Kind.ACTUAL_ALLOWED);
		assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("https://shop.globex.example");
		assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo("true");
	}

	@Test
	void anInvalidReplacementIsRefusedWholeWithEveryProblemAndTheEntriesStay() {
		OriginSet tenants = OriginSet.of(List.of("https://shop.acme.example"));
		InvalidCorsPolicyException refused = catchThrowableOfType(InvalidCorsPolicyException.class,
				() -> tenants.replace(List.of("https://shop.globex.example", "*", "null", "http://shop.initech.example",
						"https://shop.example.com/", "https://*.com")));
		assertThat(refused.problems()).extracting(PolicyProblem::index).containsExactly(1, 2, 3, 4, 5);
		assertThat(refused.problems()).extracting(PolicyProblem::path)
			.containsExactly("allowed-origins[1]", "allowed-origins[2]", "allowed-origins[3]", "allowed-origins[4]",
					"allowed-origins[5]");
		assertThat(refused.problems().get(2).problem()).contains("plain-http");
		assertThat(tenants.origins()).containsExactly("https://shop.acme.example");
		assertThat(tenants.matches("https://shop.acme.example")).isTrue();
		assertThat(tenants.matches("https://shop.globex.example")).isFalse();
	}

	@Test
	void loopbackHttpAndPortPatternsAreAcceptedAndEntriesAreNormalised() {
		OriginSet set = OriginSet.of(List.of("http://localhost:*", "HTTPS://Shop.Acme.Example:443", "https://shop.acme.example"));
		assertThat(set.origins()).containsExactly("http://localhost:*", "https://shop.acme.example");
		assertThat(set.size()).isEqualTo(2);
		assertThat(set.matches("http://localhost:5173")).isTrue();
		assertThat(set.matches("https://shop.acme.example")).isTrue();
		assertThat(set.matches("https://SHOP.acme.example")).isFalse();
	}

	@Test
	void aPolicyWithOnlyASetIsNotWarnedAboutAnEmptyOriginList() {
		CorsPolicy policy = CorsPolicy.builder().allowedOriginSets(new OriginSet()).build();
		assertThat(policy.warnings()).isEmpty();
		assertThat(CorsPolicy.builder().build().warnings()).hasSize(1);
	}

	@Test
	void oneHundredThousandTenantOriginsAreEachAllowedAndNothingElseIs() {
		List<String> origins = tenants(100_000);
		OriginSet tenants = OriginSet.of(origins);
		CorsPolicy policy = CorsPolicy.builder().allowedOriginSets(tenants).allowCredentials(true).build();
		assertThat(tenants.size()).isEqualTo(100_000);
		assertThat(origins).allMatch(policy::allowsOrigin);
		List<String> strangers = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			strangers.add("https://shop" + i + ".tenant" + ((i + 1) % 97) + ".example");
		}
		assertThat(strangers).noneMatch(policy::allowsOrigin);
		assertThat(origins.stream().map((origin) -> origin + ".evil.org")).noneMatch(policy::allowsOrigin);
		assertThat(origins.stream().map((origin) -> origin.replace("https:", "http:"))).noneMatch(policy::allowsOrigin);
	}

}
