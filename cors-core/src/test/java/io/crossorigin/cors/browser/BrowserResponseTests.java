package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserResponseTests {

	@ParameterizedTest
	@ValueSource(strings = {"Access-Control-Allow-Origin", "access-control-allow-origin", "ACCESS-CONTROL-ALLOW-ORIGIN"})
	void headerLookupIgnoresCase(String name) {
		BrowserResponse response = BrowserResponse.of(200, "Access-Control-Allow-Origin", "https://a.com");
		assertThat(response.header(name)).isEqualTo("https://a.com");
	}

	@Test
	void absentHeaderIsNull() {
		assertThat(BrowserResponse.of(200, "Vary", "Origin").header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void presentHeaderWithEmptyValueIsEmptyNotNull() {
		assertThat(BrowserResponse.of(200, "Access-Control-Allow-Headers", "").header("access-control-allow-headers"))
				.isEmpty();
	}

	@Test
	void repeatedHeaderValuesAreCombinedWithCommaSpaceInOrder() {
		BrowserResponse response = BrowserResponse.of(200,
				"Access-Control-Allow-Methods", "GET",
				"Vary", "Origin",
				"access-control-allow-methods", "PUT, DELETE",
				"ACCESS-CONTROL-ALLOW-METHODS", "PATCH");
		assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET, PUT, DELETE, PATCH");
	}

	@Test
	void headerLookupDoesNotUseUnicodeCaseFolding() {
		BrowserResponse response = BrowserResponse.of(200, "\u212Aeep-Alive", "timeout=5");
		assertThat(response.header("keep-alive")).isNull();
	}

	@Test
	void ofKeepsHeadersInOrder() {
		BrowserResponse response = BrowserResponse.of(204, "A", "1", "B", "2", "A", "3");
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.headers()).containsExactly(
				new HeaderField("A", "1"), new HeaderField("B", "2"), new HeaderField("A", "3"));
	}

	@Test
	void ofWithAnOddNumberOfStringsIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserResponse.of(200, "Vary"))
				.withMessageContaining("pairs");
	}

	@ParameterizedTest
	@ValueSource(ints = {-1, 1000})
	void statusOutsideZeroTo999IsRejected(int status) {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserResponse.of(status));
	}

	@ParameterizedTest
	@ValueSource(ints = {0, 200, 999})
	void statusFromZeroTo999IsAccepted(int status) {
		assertThat(BrowserResponse.of(status).status()).isEqualTo(status);
	}

	@Test
	void headersAreCopiedAndImmutable() {
		List<HeaderField> source = new ArrayList<>(List.of(new HeaderField("A", "1")));
		BrowserResponse response = new BrowserResponse(200, source);
		source.add(new HeaderField("B", "2"));

		assertThat(response.headers()).containsExactly(new HeaderField("A", "1"));
		assertThatThrownBy(() -> response.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
	}
}
