package io.crossorigin.cors.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser can send as its {@code Origin}, which the kit requires of the origin a test names.
 */
class SerializedOriginTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com", "http://localhost:8080", "http://[::1]:3000", "null",
			"http://127.0.0.1" })
	void serializedOriginsAreOnes(String value) {
		assertThat(BrowserCorsCheck.isSerializedOrigin(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com/", "https://APP.example.com", "https://app.example.com:443",
			"app.example.com", "https://app.example.com/path", "", "https://a.example, https://b.example" })
	void otherValuesAreNot(String value) {
		assertThat(BrowserCorsCheck.isSerializedOrigin(value)).isFalse();
	}

}
