package io.crossorigin.cors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which request origins each form of allowed-origin entry matches.
 */
class OriginMatchingTests {

	private static boolean allows(String entry, String origin) {
		return CorsPolicy.builder().allowedOrigins(entry).build().allowsOrigin(origin);
	}

	@Test
	void exactOriginMatchesItselfOnly() {
		assertThat(allows("https://app.example.com", "https://app.example.com")).isTrue();
		assertThat(allows("https://app.example.com", "https://app.example.com:8443")).isFalse();
		assertThat(allows("https://app.example.com", "http://app.example.com")).isFalse();
		assertThat(allows("https://app.example.com", "https://www.app.example.com")).isFalse();
	}

	@Test
	void exactOriginWithPortMatchesThatPortOnly() {
		assertThat(allows("http://localhost:3000", "http://localhost:3000")).isTrue();
		assertThat(allows("http://localhost:3000", "http://localhost:3001")).isFalse();
		assertThat(allows("http://localhost:3000", "http://localhost")).isFalse();
	}

	@Test
	void normalisedEntryMatchesTheCanonicalRequestOrigin() {
		assertThat(allows("HTTPS://APP.Example.com:443", "https://app.example.com")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://a.example.com", "https://a.b.example.com", "https://x-1.y_2.z.example.com",
			"https://123.example.com" })
	void subdomainPatternMatchesSubdomainsAtAnyDepth(String origin) {
		assertThat(allows("https://*.example.com", origin)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com", "http://a.example.com", "https://a.example.com:8443",
			"https://a.example.com.", "https://aexample.com", "https://a.example.com.evil.com", "https://.example.com" })
	void subdomainPatternMatchesNeitherTheDomainItselfNorOtherSchemesPortsOrLookAlikes(String origin) {
		assertThat(allows("https://*.example.com", origin)).isFalse();
	}

	@Test
	void subdomainPatternWithPortMatchesThatPortOnly() {
		assertThat(allows("https://*.example.com:8443", "https://a.example.com:8443")).isTrue();
		assertThat(allows("https://*.example.com:8443", "https://a.example.com")).isFalse();
		assertThat(allows("https://*.example.com:8443", "https://a.example.com:9443")).isFalse();
	}

	@Test
	void anyPortPatternMatchesEveryPortAndTheDefault() {
		assertThat(allows("http://localhost:*", "http://localhost:3000")).isTrue();
		assertThat(allows("http://localhost:*", "http://localhost:65535")).isTrue();
		assertThat(allows("http://localhost:*", "http://localhost")).isTrue();
		assertThat(allows("http://localhost:*", "https://localhost:3000")).isFalse();
		assertThat(allows("http://localhost:*", "http://localhost.evil.com:3000")).isFalse();
		assertThat(allows("http://localhost:*", "http://app.localhost:3000")).isFalse();
	}

	@Test
	void anyPortCombinesWithSubdomains() {
		assertThat(allows("https://*.example.com:*", "https://a.b.example.com:8443")).isTrue();
		assertThat(allows("https://*.example.com:*", "https://a.example.com")).isTrue();
		assertThat(allows("https://*.example.com:*", "https://example.com:8443")).isFalse();
	}

	@Test
	void ipv6OriginsMatchInCanonicalForm() {
		assertThat(allows("http://[0:0::1]:8080", "http://[::1]:8080")).isTrue();
		assertThat(allows("http://[::1]:*", "http://[::1]:9000")).isTrue();
		assertThat(allows("http://[::1]:8080", "http://[0:0::1]:8080")).isFalse();
	}

	@Test
	void trailingDotIsADifferentOrigin() {
		assertThat(allows("https://example.com.", "https://example.com.")).isTrue();
		assertThat(allows("https://example.com.", "https://example.com")).isFalse();
		assertThat(allows("https://example.com", "https://example.com.")).isFalse();
	}

	@Test
	void nullMatchesOnlyWhenListedOrAnyOrigin() {
		assertThat(allows("null", "null")).isTrue();
		assertThat(allows("https://app.example.com", "null")).isFalse();
		assertThat(allows("*", "null")).isTrue();
		assertThat(allows("null", "https://app.example.com")).isFalse();
	}

	@Test
	void anyOriginMatchesEveryCanonicalOriginButNoMalformedOne() {
		assertThat(allows("*", "https://anything.example")).isTrue();
		assertThat(allows("*", "chrome-extension://abcdefghijklmnop")).isTrue();
		assertThat(allows("*", "https://a.example, https://b.example")).isFalse();
		assertThat(allows("*", "https://A.example")).isFalse();
		assertThat(allows("*", "")).isFalse();
	}

	@Test
	void manyEntriesOfEveryKindStillMatchExactly() {
		CorsPolicyBuilder builder = CorsPolicy.builder();
		java.util.List<String> origins = new java.util.ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			origins.add("https://app" + i + ".example.com");
			origins.add("https://*.tenant" + i + ".example.net");
			origins.add("http://host" + i + ".localhost:*");
		}
		CorsPolicy policy = builder.allowedOrigins(origins).build();
		assertThat(policy.allowsOrigin("https://app4999.example.com")).isTrue();
		assertThat(policy.allowsOrigin("https://x.y.tenant1234.example.net")).isTrue();
		assertThat(policy.allowsOrigin("http://host77.localhost:1234")).isTrue();
		assertThat(policy.allowsOrigin("https://app5000.example.com")).isFalse();
		assertThat(policy.allowsOrigin("https://tenant1234.example.net")).isFalse();
		assertThat(policy.allowsOrigin("https://x.tenant5000.example.net")).isFalse();
		assertThat(policy.allowsOrigin("https://host77.localhost:1234")).isFalse();
	}

}
