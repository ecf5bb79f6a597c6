package io.crossorigin.cors;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every startup validation rule, each with the problem and fix it reports.
 */
class CorsPolicyValidationTests {

	private static List<PolicyProblem> problems(CorsPolicyBuilder builder) {
		InvalidCorsPolicyException ex = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(ex).as("expected the policy to be refused").isNotNull();
		return ex.problems();
	}

	private static PolicyProblem onlyProblem(CorsPolicyBuilder builder) {
		List<PolicyProblem> problems = problems(builder);
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	private static PolicyProblem originProblem(String origin) {
		return onlyProblem(CorsPolicy.builder().allowedOrigins("https://ok.example.com", origin));
	}

	@Test
	void wildcardOriginWithCredentialsIsRefused() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedOrigins("*").allowCredentials(true));
		assertThat(problem.path()).isEqualTo("allowed-origins[0]");
		assertThat(problem.value()).isEqualTo("*");
		assertThat(problem.problem()).contains("every origin while allow-credentials is true");
		assertThat(problem.fix()).contains("list the origins explicitly, or set allow-credentials to false");
	}

	@Test
	void wildcardExposedHeadersWithCredentialsIsRefused() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedOrigins("https://app.example.com")
			.allowCredentials(true).exposedHeaders("X-Total-Count", "*"));
		assertThat(problem.path()).isEqualTo("exposed-headers[1]");
		assertThat(problem.problem()).contains("'*' while allow-credentials is true");
		assertThat(problem.fix()).contains("list the response headers to expose");
	}

	@Test
	void wildcardExposedHeadersWithoutCredentialsIsAccepted() {
		assertThat(CorsPolicy.builder().allowedOrigins("*").exposedHeaders("*").build().exposedHeaders()).containsExactly("*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET POST", "GET,POST", "", "PÖST", "GET\r\n", "(GET)" })
	void methodThatIsNotATokenIsRefused(String method) {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedMethods("PUT", method));
		assertThat(problem.path()).isEqualTo("allowed-methods[1]");
		assertThat(problem.value()).isEqualTo(method);
		assertThat(problem.problem()).isEqualTo("is not a valid method name");
		assertThat(problem.fix()).contains("HTTP token");
	}

	@Test
	void nullMethodIsRefused() {
		assertThat(onlyProblem(CorsPolicy.builder().allowedMethods(java.util.Arrays.asList("GET", null))).path())
			.isEqualTo("allowed-methods[1]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CONNECT", "trace", "Track" })
	void forbiddenMethodIsRefused(String method) {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedMethods(method));
		assertThat(problem.problem()).isEqualTo("is a forbidden method that browsers never send");
	}

	@Test
	void standardMethodsAreUpperCasedAndOthersKeptAsWritten() {
		CorsPolicy policy = CorsPolicy.builder().allowedMethods("get", "Delete", "patch", "PURGE", "GET").build();
		assertThat(policy.allowedMethods()).containsExactly("GET", "DELETE", "patch", "PURGE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "X Custom", "X-Custom:", "", "X-Ünicode", "X-A\nX-B" })
	void headerNameThatIsNotATokenIsRefused(String name) {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedHeaders("X-Ok", name));
		assertThat(problem.path()).isEqualTo("allowed-headers[1]");
		assertThat(problem.problem()).isEqualTo("is not a valid header name");
	}

	@Test
	void exposedHeaderNameThatIsNotATokenIsRefused() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().exposedHeaders("X Total"));
		assertThat(problem.path()).isEqualTo("exposed-headers[0]");
		assertThat(problem.problem()).isEqualTo("is not a valid header name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Cookie", "host", "Sec-Fetch-Mode", "Proxy-Authorization", "Content-Length" })
	void forbiddenRequestHeaderIsRefused(String name) {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedHeaders(name));
		assertThat(problem.problem()).isEqualTo("is a forbidden request header that scripts cannot set");
	}

	@Test
	void setCookieCannotBeExposed() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().exposedHeaders("Set-Cookie"));
		assertThat(problem.problem()).isEqualTo("is a header that browsers never expose to scripts");
	}

	@Test
	void negativeMaxAgeIsRefused() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().maxAge(Duration.ofSeconds(-1)));
		assertThat(problem.path()).isEqualTo("max-age");
		assertThat(problem.value()).isEqualTo("PT-1S");
		assertThat(problem.problem()).isEqualTo("is negative");
	}

	@Test
	void aMaxAgeBeyondWhatBrowsersKeepIsAcceptedWithAWarningNamingTheCaps() {
		CorsPolicy hundredDays = CorsPolicy.builder().allowedOrigins("https://app.example.com").maxAge(Duration.ofDays(100)).build();
		assertThat(hundredDays.maxAge()).isEqualTo(Duration.ofDays(100));
		assertThat(hundredDays.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo(ProblemCode.MAX_AGE_BEYOND_BROWSER_CAP);
			assertThat(warning.path()).isEqualTo("max-age");
			assertThat(warning.problem()).contains("Chromium caps it at 2h (7200 s), Firefox at 24h (86400 s)");
			assertThat(warning.fix()).isEqualTo("set max-age to 2h or less");
		});
		CorsPolicy threeHours = CorsPolicy.builder().allowedOrigins("https://app.example.com").maxAge(Duration.ofHours(3)).build();
		assertThat(threeHours.warnings()).singleElement()
			.satisfies((warning) -> assertThat(warning.problem()).contains("Chromium caps it at 2h").doesNotContain("Firefox"));
		assertThat(CorsPolicy.builder().allowedOrigins("https://app.example.com").maxAge(Duration.ofHours(2)).build().warnings())
			.isEmpty();
	}

	@Test
	void zeroMaxAgeIsAccepted() {
		assertThat(CorsPolicy.builder().maxAge(Duration.ZERO).build().maxAge()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"https://app.*.example.com     | has '*' where it is not allowed",
		"https://*example.com          | has '*' where it is not allowed",
		"https://app*.example.com      | has '*' where it is not allowed",
		"https://*.*.example.com       | has '*' where it is not allowed",
		"https://*                     | has '*' where it is not allowed",
		"https://example.*             | has '*' where it is not allowed",
		"*://app.example.com           | has '*' in its scheme",
		"*.example.com                 | has no scheme",
	})
	void wildcardAnywhereButAWholeLeadingLabelIsRefused(String origin, String message) {
		PolicyProblem problem = originProblem(origin);
		assertThat(problem.path()).isEqualTo("allowed-origins[1]");
		assertThat(problem.problem()).isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://*.com", "https://*.co.uk", "https://*.github.io", "https://*.uk",
			"https://*.unknowntld", "https://*.blogspot.com", "https://*.com:*" })
	void subdomainWildcardOverAPublicSuffixIsRefused(String origin) {
		PolicyProblem problem = originProblem(origin);
		assertThat(problem.problem()).startsWith("allows every subdomain of the public suffix");
		assertThat(problem.fix()).contains("name your own domain");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://*.amazonaws.com", "https://*.kawasaki.jp" })
	void subdomainWildcardOverADomainWithPublicSuffixesBelowIsRefused(String origin) {
		PolicyProblem problem = originProblem(origin);
		assertThat(problem.problem()).endsWith("below which lie public suffixes that unrelated parties own");
		assertThat(problem.fix()).contains("name the subdomains you own");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://*.example.co.uk", "https://*.alice.github.io", "https://*.localhost" })
	void subdomainWildcardBelowAPublicSuffixIsAccepted(String origin) {
		assertThat(CorsPolicy.builder().allowedOrigins(origin).build().allowedOrigins()).containsExactly(origin);
	}

	@Test
	void plainHttpOriginWithCredentialsIsRefused() {
		PolicyProblem problem = onlyProblem(CorsPolicy.builder().allowedOrigins("http://app.example.com").allowCredentials(true));
		assertThat(problem.problem()).contains("plain-http origin while allow-credentials is true");
		assertThat(problem.fix()).isEqualTo("use https (https://app.example.com), or set allow-insecure-origins to true to accept the risk");
	}

	@Test
	void plainHttpSubdomainPatternWithCredentialsIsRefused() {
		assertThat(onlyProblem(CorsPolicy.builder().allowedOrigins("http://*.example.com").allowCredentials(true)).problem())
			.contains("plain-http origin");
	}

	@Test
	void plainHttpOriginWithCredentialsIsAcceptedWhenInsecureOriginsAreAllowed() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("http://app.example.com").allowCredentials(true)
			.allowInsecureOrigins(true).build();
		assertThat(policy.allowsOrigin("http://app.example.com")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:*", "http://localhost:3000", "http://127.0.0.1:8080", "http://127.1.2.3",
			"http://[::1]:8080", "http://app.localhost" })
	void plainHttpLoopbackOriginWithCredentialsIsAccepted(String origin) {
		assertThat(CorsPolicy.builder().allowedOrigins(origin).allowCredentials(true).build().allowedOrigins()).hasSize(1);
	}

	@Test
	void plainHttpOriginWithoutCredentialsIsAccepted() {
		assertThat(CorsPolicy.builder().allowedOrigins("http://app.example.com").build().allowsOrigin("http://app.example.com"))
			.isTrue();
	}

	@Test
	void nonAsciiHostIsRefusedWithItsPunycodeForm() {
		PolicyProblem problem = originProblem("https://bücher.example");
		assertThat(problem.problem()).isEqualTo("contains a non-ASCII character");
		assertThat(problem.fix()).isEqualTo("write the host in punycode, e.g. https://xn--bcher-kva.example");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"https://app.example.com/         | ends with '/'                                 | remove the trailing slash: https://app.example.com",
		"https://app.example.com/path     | has a path, query or fragment                 | an origin is only scheme://host[:port]; write https://app.example.com",
		"https://app.example.com?q=1      | has a path, query or fragment                 | an origin is only scheme://host[:port]; write https://app.example.com",
		"https://app.example.com#top      | has a path, query or fragment                 | an origin is only scheme://host[:port]; write https://app.example.com",
		"https://user@app.example.com     | contains user info ('@')                      | remove the user info: an origin is only scheme://host[:port]",
		"app.example.com                  | has no scheme                                 | write the scheme too, e.g. https://app.example.com",
		"https://                         | has no host                                   | write a host, e.g. https://app.example.com",
		"https://app.example.com:0        | has an invalid port '0'                       | write a port from 1 to 65535, or '*' for any port",
		"https://app.example.com:65536    | has an invalid port '65536'                   | write a port from 1 to 65535, or '*' for any port",
		"https://app.example.com:         | has an invalid port ''                        | write a port from 1 to 65535, or '*' for any port",
		"https://app.example.com:8o       | has an invalid port '8o'                      | write a port from 1 to 65535, or '*' for any port",
		"https://app..example.com         | has an empty or over-long label in its host   | write each dot-separated label with 1 to 63 characters",
		"https://app%2eexample.com        | has the character '%' in its host             | a host has only letters, digits, '-', '_' and '.'",
		"https://127.1                    | has a host that is neither a domain nor a dotted-decimal IPv4 address | write IPv4 addresses as four decimal numbers without leading zeros, e.g. http://127.0.0.1:8080",
		"https://010.0.0.1                | has a host that is neither a domain nor a dotted-decimal IPv4 address | write IPv4 addresses as four decimal numbers without leading zeros, e.g. http://127.0.0.1:8080",
		"https://*.10.0.0.1               | puts '*.' before an IP address                | list the address itself",
		"http://[::1                      | has an unterminated IPv6 address              | write it in brackets, e.g. http://[::1]:8080",
		"http://[::g]                     | has an invalid IPv6 address                   | write a valid address in brackets, e.g. http://[::1]:8080",
		"1https://app.example.com         | has an invalid scheme '1https'                | write an origin such as https://app.example.com; '*' is allowed only as the whole first label of the host",
	})
	void malformedOriginIsRefusedWithProblemAndFix(String origin, String problem, String fix) {
		PolicyProblem reported = originProblem(origin);
		assertThat(reported.value()).isEqualTo(origin);
		assertThat(reported.problem()).isEqualTo(problem);
		assertThat(reported.fix()).isEqualTo(fix);
	}

	@ParameterizedTest
	@ValueSource(strings = { " https://app.example.com", "https://app.example.com ", "https://app\t.example.com",
			"https://app.example.com\r\n" })
	void originWithWhiteSpaceOrControlCharacterIsRefused(String origin) {
		assertThat(originProblem(origin).problem()).isEqualTo("contains white space or a control character");
	}

	@Test
	void emptyOriginIsRefused() {
		assertThat(originProblem("").problem()).isEqualTo("is empty");
		assertThat(onlyProblem(CorsPolicy.builder().allowedOrigins(java.util.Arrays.asList((String) null))).problem())
			.isEqualTo("is empty");
	}

	@ParameterizedTest
	@CsvSource({
		"HTTPS://App.Example.COM, https://app.example.com",
		"https://app.example.com:443, https://app.example.com",
		"http://app.example.com:80, http://app.example.com",
		"https://app.example.com:8443, https://app.example.com:8443",
		"https://app.example.com:08443, https://app.example.com:8443",
		"http://[0:0:0:0:0:0:0:1]:8080, http://[::1]:8080",
		"http://[2001:DB8:0:0:1:0:0:1], http://[2001:db8::1:0:0:1]",
		"http://[::ffff:192.168.0.1], http://[::ffff:c0a8:1]",
		"https://*.Example.com:*, https://*.example.com:*",
		"https://example.com., https://example.com.",
	})
	void originsAreNormalisedAtStartup(String configured, String normalised) {
		assertThat(CorsPolicy.builder().allowedOrigins(configured).build().allowedOrigins()).containsExactly(normalised);
	}

	@Test
	void everyProblemIsReportedAtOnceInSettingOrder() {
		List<PolicyProblem> problems = problems(CorsPolicy.builder()
			.allowedOrigins("https://ok.example.com", "https://bad.example.com/", "*")
			.allowCredentials(true)
			.allowedMethods("GET", "BAD METHOD")
			.allowedHeaders("Cookie")
			.exposedHeaders("*")
			.maxAge(Duration.ofSeconds(-5)));
		assertThat(problems).extracting(PolicyProblem::path)
			.containsExactly("allowed-origins[1]", "allowed-origins[2]", "allowed-methods[1]", "allowed-headers[0]",
					"exposed-headers[0]", "max-age");
	}

	@Test
	void exceptionMessageListsEveryProblemWithPathValueAndFix() {
		InvalidCorsPolicyException ex = catchThrowableOfType(InvalidCorsPolicyException.class,
				() -> CorsPolicy.builder().allowedOrigins("https://a.example.com/").maxAge(Duration.ofSeconds(-1)).build());
		assertThat(ex.getMessage()).isEqualTo("Invalid CORS policy: allowed-origins[0] = 'https://a.example.com/' ends with '/';"
				+ " remove the trailing slash: https://a.example.com; max-age = 'PT-1S' is negative; use a duration of zero or more, e.g. 30m");
	}

	@Test
	void nullOriginIsAcceptedWithAWarning() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com", "null").build();
		assertThat(policy.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.path()).isEqualTo("allowed-origins[1]");
			assertThat(warning.problem()).contains("opaque origin 'null'");
		});
	}

	@Test
	void policyWithoutOriginsIsAcceptedWithAWarning() {
		CorsPolicy policy = CorsPolicy.builder().build();
		assertThat(policy.warnings()).singleElement()
			.satisfies(warning -> assertThat(warning.problem()).contains("every cross-origin request is refused"));
		assertThat(policy.allowsOrigin("https://app.example.com")).isFalse();
	}

	@Test
	void defaultsAreGetHeadPostAnyHeaderNoExposedHeadersNoCredentialsThirtyMinutes() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();
		assertThat(policy.allowedMethods()).containsExactly("GET", "HEAD", "POST");
		assertThat(policy.allowedHeaders()).containsExactly("*");
		assertThat(policy.exposedHeaders()).isEmpty();
		assertThat(policy.allowCredentials()).isFalse();
		assertThat(policy.maxAge()).isEqualTo(Duration.ofMinutes(30));
		assertThat(policy.allowPrivateNetwork()).isFalse();
		assertThat(policy.allowInsecureOrigins()).isFalse();
		assertThat(policy.warnings()).isEmpty();
	}

	@Test
	void nullSettingsRestoreTheirDefaults() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com")
			.allowedMethods((java.util.Collection<String>) null).allowedHeaders((java.util.Collection<String>) null)
			.exposedHeaders((java.util.Collection<String>) null).maxAge(null).build();
		assertThat(policy.allowedMethods()).containsExactly("GET", "HEAD", "POST");
		assertThat(policy.allowedHeaders()).containsExactly("*");
		assertThat(policy.exposedHeaders()).isEmpty();
		assertThat(policy.maxAge()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void policyIsImmutable() {
		java.util.List<String> origins = new java.util.ArrayList<>(List.of("https://app.example.com"));
		CorsPolicyBuilder builder = CorsPolicy.builder().allowedOrigins(origins);
		CorsPolicy policy = builder.build();
		origins.add("https://evil.example.com");
		builder.allowedOrigins("https://other.example.com");
		assertThat(policy.allowedOrigins()).containsExactly("https://app.example.com");
		assertThat(policy.allowsOrigin("https://evil.example.com")).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.allowedOrigins().add("x"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
