package io.crossorigin.cors.internal.http;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.FuzzInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one list parser under fuzzing, alone and as the engine reads
 * {@code Access-Control-Request-Headers} with it: elements are never empty, never hold a comma,
 * never start or end with white space; and what an any-header policy echoes holds no control
 * character and names exactly the elements requested.
 */
class FieldListFuzzTests {

	private static final CorsPolicy ANY_HEADER = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com")
		.allowedHeaders("*")
		.build();

	@FuzzTest(maxDuration = "10m")
	void listsSplitIntoTrimmedElementsAndAnyHeaderPoliciesEchoThemCleanly(byte[] input) {
		String value = FuzzInput.text(input);
		List<String> elements = FieldList.elements(value);
		for (String element : elements) {
			assertThat(element).isNotEmpty().doesNotContain(",");
			assertThat(HttpTokens.isWhitespace(element.charAt(0))).isFalse();
			assertThat(HttpTokens.isWhitespace(element.charAt(element.length() - 1))).isFalse();
			assertThat(FieldList.containsIgnoreCase(value, element)).isTrue();
		}
		assertThat(FieldList.isEmpty(value)).isEqualTo(elements.isEmpty());
		assertThat(FieldList.elements(FieldList.normalize(value))).isEqualTo(elements);

		String[] allowHeaders = new String[1];
		new CorsEngine().decide(ANY_HEADER, preflight(value), new CorsResponseHeaders() {

			@Override
			public String get(String name) {
				return null;
			}

			@Override
			public void set(String name, String headerValue) {
				assertThat(headerValue.chars()).as(name).noneMatch((c) -> c < 0x20 || c == 0x7F);
				if (name.equals(CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS)) {
					allowHeaders[0] = headerValue;
				}
			}

		});
		if (allowHeaders[0] != null) {
			assertThat(FieldList.elements(allowHeaders[0])).isEqualTo(elements);
		}
	}

	private static CorsRequest preflight(String requestHeaders) {
		return new CorsRequest() {

			@Override
			public String method() {
				return "OPTIONS";
			}

			@Override
			public String header(String name) {
				return switch (name) {
					case CorsHeaders.ORIGIN -> "https://app.example.com";
					case CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD -> "GET";
					case CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS -> requestHeaders;
					default -> null;
				};
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

		};
	}

}
