package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every problem the core reports carries the stable code of its kind, so that tools switch on the
 * code rather than on the words; every code the core owns is reached by some configuration.
 */
class ProblemCodeTests {

	private static final Set<ProblemCode> ADAPTER_CODES = EnumSet.of(ProblemCode.PATH_PATTERN_INVALID,
			ProblemCode.POLICY_NAME_DUPLICATE, ProblemCode.POLICY_NAME_UNKNOWN, ProblemCode.ORIGIN_SET_UNKNOWN,
			ProblemCode.PLACEHOLDER_UNRESOLVABLE, ProblemCode.SETTING_TYPE_MISMATCH, ProblemCode.PROPERTY_UNKNOWN,
			ProblemCode.PROPERTY_UNKNOWN_IN_ENVIRONMENT);

	private static final Set<ProblemCode> reached = EnumSet.noneOf(ProblemCode.class);

	static Stream<Arguments> originEntries() {
		return Stream.of(arguments("", ProblemCode.ORIGIN_EMPTY),
				arguments("https://" + "a".repeat(400) + ".example", ProblemCode.ORIGIN_TOO_LONG),
				arguments("https://app .example.com", ProblemCode.ORIGIN_WHITESPACE),
				arguments("https://bücher.example", ProblemCode.ORIGIN_NON_ASCII),
				arguments("app.example.com", ProblemCode.ORIGIN_NO_SCHEME),
				arguments("ht*p://app.example.com", ProblemCode.ORIGIN_INVALID_SCHEME),
				arguments("file:///etc", ProblemCode.ORIGIN_FILE_SCHEME),
				arguments("https://app.example.com/", ProblemCode.ORIGIN_TRAILING_SLASH),
				arguments("https://app.example.com/app", ProblemCode.ORIGIN_PATH),
				arguments("https://me@app.example.com", ProblemCode.ORIGIN_USER_INFO),
				arguments("https://", ProblemCode.ORIGIN_NO_HOST),
				arguments("https://app.*.example.com", ProblemCode.ORIGIN_WILDCARD_MISPLACED),
				arguments("https://*.10.0.0.1", ProblemCode.ORIGIN_WILDCARD_IP_ADDRESS),
				arguments("https://app..example.com", ProblemCode.ORIGIN_INVALID_HOST),
				arguments("http://10.0.0.01", ProblemCode.ORIGIN_INVALID_IPV4),
				arguments("http://10.0.0.1.", ProblemCode.ORIGIN_IPV4_TRAILING_DOT),
				arguments("http://[::g]", ProblemCode.ORIGIN_INVALID_IPV6),
				arguments("http://localhost:70000", ProblemCode.ORIGIN_INVALID_PORT),
				arguments("https://*.co.uk", ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD),
				arguments("https://*.amazonaws.com", ProblemCode.ORIGIN_PUBLIC_SUFFIX_BELOW_WILDCARD));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("originEntries")
	void anInvalidOriginEntryCarriesTheCodeOfItsKind(String entry, ProblemCode code) {
		assertThat(onlyProblem(() -> CorsPolicy.builder().allowedOrigins(entry).build()).code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0} in an OriginSet -> {1}")
	@MethodSource({ "originEntries", "originSetEntries" })
	void anInvalidOriginSetEntryCarriesTheCodeOfItsKind(String entry, ProblemCode code) {
		assertThat(onlyProblem(() -> OriginSet.of(List.of(entry))).code()).isEqualTo(code);
	}

	static Stream<Arguments> originSetEntries() {
		return Stream.of(arguments("*", ProblemCode.ORIGIN_SET_ANY_ORIGIN),
				arguments("null", ProblemCode.ORIGIN_SET_NULL_ORIGIN),
				arguments("http://app.example.com", ProblemCode.ORIGIN_SET_INSECURE_ORIGIN));
	}

	static Stream<Arguments> policySettings() {
		return Stream.of(
				arguments("any origin with credentials", ProblemCode.CREDENTIALS_WITH_ANY_ORIGIN,
						CorsPolicy.builder().allowedOrigins("*").allowCredentials(true)),
				arguments("plain http with credentials", ProblemCode.CREDENTIALS_WITH_INSECURE_ORIGIN,
						CorsPolicy.builder().allowedOrigins("http://app.example.com").allowCredentials(true)),
				arguments("exposed * with credentials", ProblemCode.CREDENTIALS_WITH_ANY_EXPOSED_HEADER,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").allowCredentials(true)
							.exposedHeaders("*")),
				arguments("method that is no token", ProblemCode.METHOD_INVALID,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedMethods("GET POST")),
				arguments("forbidden method", ProblemCode.METHOD_FORBIDDEN,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedMethods("TRACE")),
				arguments("header name that is no token", ProblemCode.HEADER_INVALID,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedHeaders("X Bad")),
				arguments("exposed name that is no token", ProblemCode.HEADER_INVALID,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").exposedHeaders("X:Bad")),
				arguments("forbidden request header", ProblemCode.HEADER_FORBIDDEN,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").allowedHeaders("Cookie")),
				arguments("forbidden exposed header", ProblemCode.EXPOSED_HEADER_FORBIDDEN,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").exposedHeaders("Set-Cookie")),
				arguments("negative max-age", ProblemCode.MAX_AGE_NEGATIVE, CorsPolicy.builder()
					.allowedOrigins("https://app.example.com")
					.maxAge(java.time.Duration.ofSeconds(-1))));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("policySettings")
	void anInvalidSettingCarriesTheCodeOfItsKind(String name, ProblemCode code, CorsPolicyBuilder builder) {
		PolicyProblem problem = onlyProblem(builder::build);
		assertThat(problem.code()).isEqualTo(code);
		assertThat(code.severity()).isEqualTo(ProblemCode.Severity.ERROR);
	}

	static Stream<Arguments> warnings() {
		return Stream.of(arguments(ProblemCode.NULL_ORIGIN_ALLOWED, CorsPolicy.builder().allowedOrigins("null")),
				arguments(ProblemCode.NO_ORIGIN_ALLOWED, CorsPolicy.builder()),
				arguments(ProblemCode.MAX_AGE_BEYOND_BROWSER_CAP,
						CorsPolicy.builder().allowedOrigins("https://app.example.com").maxAge(java.time.Duration.ofDays(100))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("warnings")
	void aWarningCarriesTheCodeOfItsKindAndDoesNotStopThePolicy(ProblemCode code, CorsPolicyBuilder builder) {
		List<PolicyProblem> warnings = builder.build().warnings();
		assertThat(warnings).extracting(PolicyProblem::code).containsExactly(code);
		assertThat(code.severity()).isEqualTo(ProblemCode.Severity.WARNING);
		reached.add(code);
	}

	@AfterAll
	static void everyCodeTheCoreOwnsIsReached() {
		List<ProblemCode> unreached = new ArrayList<>();
		for (ProblemCode code : ProblemCode.values()) {
			if (!ADAPTER_CODES.contains(code) && !reached.contains(code)) {
				unreached.add(code);
			}
		}
		assertThat(unreached).as("codes no test configuration reaches").isEmpty();
	}

	private static PolicyProblem onlyProblem(Supplier<?> build) {
		InvalidCorsPolicyException ex = catchThrowableOfType(InvalidCorsPolicyException.class, build::get);
		assertThat(ex).as("expected the settings to be refused").isNotNull();
		assertThat(ex.problems()).hasSize(1);
		PolicyProblem problem = ex.problems().get(0);
		reached.add(problem.code());
		return problem;
	}

}
