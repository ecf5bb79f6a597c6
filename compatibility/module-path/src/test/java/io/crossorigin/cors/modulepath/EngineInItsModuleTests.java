package io.crossorigin.cors.modulepath;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.InvalidCorsPolicyException;
import io.crossorigin.cors.PolicyProblem;
import io.crossorigin.cors.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The engine's public API, its Public Suffix List and its encapsulation, in each layout. */
class EngineInItsModuleTests {

	private static final String INTERNAL_CLASS = "io.crossorigin.cors.internal.origin.OriginMatcher";

	@Test
	void aPolicyBuiltThroughThePublicApiAllowsItsOriginAndRefusesAnother() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("https://app.example.com", "https://*.example.com")
			.allowedMethods("GET", "PUT")
			.build();
		CorsEngine engine = new CorsEngine();

		Headers allowed = new Headers();
		CorsDecision allow = engine.decide(policy, new Get("https://app.example.com"), allowed);
		assertThat(allow.kind()).isEqualTo(CorsDecision.Kind.ACTUAL_ALLOWED);
		assertThat(allowed.get("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");

		Headers refused = new Headers();
		CorsDecision deny = engine.decide(policy, new Get("https://evil.example.org"), refused);
		assertThat(deny.kind()).isEqualTo(CorsDecision.Kind.ACTUAL_DENIED);
		assertThat(refused.get("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aWildcardOverAPublicSuffixIsRefusedByTheListShippedInTheEngine() {
		// github.io and amazonaws.com are only known from the resource inside the engine's jar
		assertThat(problemCodes("https://*.github.io")).containsExactly(ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD);
		assertThat(problemCodes("https://*.amazonaws.com"))
			.containsExactly(ProblemCode.ORIGIN_PUBLIC_SUFFIX_BELOW_WILDCARD);
		assertThat(CorsPolicy.builder().allowedOrigins("https://*.pages.example.com").build().allowedOrigins())
			.containsExactly("https://*.pages.example.com");
	}

	@Test
	@EnabledIfSystemProperty(named = Layout.PROPERTY, matches = "module-path")
	void onTheModulePathTheEnginesInternalPackagesLoadButAreNotAccessible() throws Exception {
		Module engine = CorsEngine.class.getModule();
		Class<?> internal = Class.forName(INTERNAL_CLASS);
		assertThat(internal.getModule()).isSameAs(engine);

		assertThat(engine.isExported("io.crossorigin.cors")).isTrue();
		assertThat(engine.isExported("io.crossorigin.cors.browser")).isTrue();
		assertThat(engine.getPackages()).contains("io.crossorigin.cors.internal.origin", "io.crossorigin.cors.internal.http");
		for (String unexported : List.of("io.crossorigin.cors.internal.origin", "io.crossorigin.cors.internal.http")) {
			assertThat(engine.isExported(unexported)).as(unexported).isFalse();
			assertThat(engine.isOpen(unexported, getClass().getModule())).as(unexported).isFalse();
		}

		// a public method of a public class, out of reach all the same
		Method of = internal.getMethod("of", List.class);
		assertThatExceptionOfType(IllegalAccessException.class).isThrownBy(() -> of.invoke(null, List.of()))
			.withMessageContaining("does not export io.crossorigin.cors.internal.origin");
		assertThatExceptionOfType(InaccessibleObjectException.class).isThrownBy(() -> of.setAccessible(true));
	}

	@Test
	@EnabledIfSystemProperty(named = Layout.PROPERTY, matches = "class-path")
	void onTheClassPathNothingEncapsulatesTheEnginesInternalPackages() throws Exception {
		Class<?> internal = Class.forName(INTERNAL_CLASS);
		assertThat(CorsEngine.class.getModule().isExported("io.crossorigin.cors.internal.origin")).isTrue();
		assertThat(internal.getMethod("of", List.class).invoke(null, List.of())).isInstanceOf(internal);
	}

	private static List<ProblemCode> problemCodes(String origin) {
		InvalidCorsPolicyException failure = catchThrowableOfType(InvalidCorsPolicyException.class,
				() -> CorsPolicy.builder().allowedOrigins(origin).build());
		assertThat(failure).as("%s is refused", origin).isNotNull();
		return failure.problems().stream().map(PolicyProblem::code).toList();
	}

	/** A simple cross-origin GET to https://api.example.com. */
	private record Get(String origin) implements CorsRequest {

		@Override
		public String method() {
			return "GET";
		}

		@Override
		public String header(String name) {
			return "origin".equalsIgnoreCase(name) ? this.origin : null;
		}

		@Override
		public String scheme() {
			return "https";
		}

		@Override
		public String host() {
			return "api.example.com";
		}

		@Override
		public int port() {
			return 443;
		}

	}

	private static final class Headers implements CorsResponseHeaders {

		private final Map<String, String> values = new HashMap<>();

		@Override
		public String get(String name) {
			return this.values.get(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public void set(String name, String value) {
			this.values.put(name.toLowerCase(Locale.ROOT), value);
		}

	}

}
