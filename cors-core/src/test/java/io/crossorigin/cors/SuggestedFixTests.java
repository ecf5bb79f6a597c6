package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every origin a fix suggests is itself accepted: each invalid entry's fix is fed back through the
 * validator in the same policy (with and without credentials), so that no fix leads to the next
 * failed start. ({@code *.com} once suggested {@code https://*.com}, a public suffix wildcard.)
 */
class SuggestedFixTests {

	/** An origin written in a fix, not the placeholder {@code scheme://host[:port]}. */
	private static final Pattern SUGGESTED_ORIGIN = Pattern.compile("\\b(?!scheme://)[a-z][a-z0-9+.-]*://[^\\s,;()\\[]*(\\[[^\\]\\s]*\\][^\\s,;()]*)?");

	@ParameterizedTest
	@ValueSource(strings = { "*.com", "*.com/", "*.co.uk", "*.github.io", "app.example.com", "app.example.com/",
			"example.com:8080", "*.example.com", "localhost:*", "https://*.com/", "https://*.com/path", "https://*.github.io/",
			"https://*.co.uk?x=1", "https://app.example.com/", "https://app.example.com/path", "https://APP.example.com/",
			"http://app.example.com", "http://app.example.com/", "http://*.example.com", "https://*.amazonaws.com",
			"https://*.blogspot.com", "https://127.0.0.1.", "https://127.1", "https://010.0.0.1", "https://*.10.0.0.1",
			"http://[::1", "http://[::g]", "https://bücher.example", "https://bücher.example/", "https://", "https://app.example.com:0",
			"1https://app.example.com", "https://app.*.example.com", "https://user@app.example.com", "*",
			"https://app..example.com" })
	void everyOriginAFixSuggestsIsAccepted(String entry) {
		for (boolean credentials : List.of(false, true)) {
			InvalidCorsPolicyException refused = catchThrowableOfType(InvalidCorsPolicyException.class,
					() -> CorsPolicy.builder().allowedOrigins(entry).allowCredentials(credentials).build());
			if (refused == null) {
				continue;
			}
			for (PolicyProblem problem : refused.problems()) {
				for (String suggested : suggestedOrigins(problem.fix())) {
					assertThatNoException().as("'%s' (credentials %s): %s suggests %s", entry, credentials, problem, suggested)
						.isThrownBy(() -> CorsPolicy.builder().allowedOrigins(suggested).allowCredentials(credentials).build());
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "*.com", "*.github.io", "https://*.com/" })
	void aFixThatWouldFailTheNextStartSuggestsWhatItsOwnFixWould(String entry) {
		InvalidCorsPolicyException refused = catchThrowableOfType(InvalidCorsPolicyException.class,
				() -> CorsPolicy.builder().allowedOrigins(entry).build());
		String fix = refused.problems().get(0).fix();
		assertThat(fix).contains("; then name your own domain, e.g. https://*.yourcompany.");
		assertThat(suggestedOrigins(fix)).isNotEmpty();
	}

	static List<String> suggestedOrigins(String fix) {
		List<String> origins = new ArrayList<>();
		Matcher matcher = SUGGESTED_ORIGIN.matcher(fix);
		while (matcher.find()) {
			origins.add(matcher.group().replaceAll("\\.$", ""));
		}
		return origins;
	}

}
