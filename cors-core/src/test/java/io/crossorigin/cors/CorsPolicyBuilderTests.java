package io.crossorigin.cors;

import org.junit.jupiter.api.Test;

import io.crossorigin.cors.internal.http.HttpTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a policy normalises what it is given: methods as Fetch normalises them, names once each in
 * the spelling first given, {@code *} where it means any; and what it reports of itself.
 */
class CorsPolicyBuilderTests {

	@Test
	void fetchsSixMethodsAreUpperCasedAndOthersKeptAsWritten() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com")
			.allowedMethods("get", "Post", "delete", "patch", "PROPFIND", "GET")
			.build();
		assertThat(policy.allowedMethods()).containsExactly("GET", "POST", "DELETE", "patch", "PROPFIND");
		assertThat(policy.allowsMethod("PATCH")).as("methods compare case-sensitively").isFalse();
		assertThat(policy.allowsMethod("patch")).isTrue();
	}

	@Test
	void anyMethodAmongOthersMeansAnyMethod() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedMethods("GET", "*").build();
		assertThat(policy.allowedMethods()).containsExactly("*");
		assertThat(policy.allowsMethod("PURGE")).isTrue();
	}

	@Test
	void headerNamesAreKeptOnceInTheSpellingFirstGiven() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com")
			.allowedHeaders("X-Request-Id", "x-request-id", "Content-Type")
			.exposedHeaders("X-Total-Count", "X-TOTAL-COUNT")
			.build();
		assertThat(policy.allowedHeaders()).containsExactly("X-Request-Id", "Content-Type");
		assertThat(policy.exposedHeaders()).containsExactly("X-Total-Count");
		assertThat(policy.allowsHeader("X-REQUEST-ID")).isTrue();
		assertThat(policy.allowsHeader("X-Other")).isFalse();
	}

	@Test
	void anyRequestHeaderAmongOthersMeansAnyButExposedNamesStayBesideTheWildcard() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com")
			.allowedHeaders("X-Request-Id", "*")
			.exposedHeaders("X-Total-Count", "*")
			.build();
		assertThat(policy.allowedHeaders()).containsExactly("*");
		assertThat(policy.allowsHeader("X-Anything")).isTrue();
		assertThat(policy.exposedHeaders()).containsExactly("X-Total-Count", "*");
	}

	@Test
	void thePolicyReportsItsInsecureOriginsOptIn() {
		CorsPolicy optedIn = CorsPolicy.builder().allowedOrigins("http://app.example.com").allowCredentials(true)
			.allowInsecureOrigins(true).build();
		assertThat(optedIn.allowInsecureOrigins()).isTrue();
		assertThat(CorsPolicy.builder().allowedOrigins("https://app.example.com").build().allowInsecureOrigins()).isFalse();
	}

	@Test
	void tokenCharactersAreAsciiOnly() {
		assertThat(HttpTokens.isTokenChar('~')).isTrue();
		assertThat(HttpTokens.isTokenChar((char) 0x7F)).isFalse();
		assertThat(HttpTokens.isTokenChar((char) 0x80)).isFalse();
		assertThat(HttpTokens.isTokenChar('\u00e9')).isFalse();
		assertThat(HttpTokens.isToken("X-\u00e9")).isFalse();
		assertThat(HttpTokens.isToken("")).isFalse();
		assertThat(HttpTokens.isToken(null)).isFalse();
	}

}
