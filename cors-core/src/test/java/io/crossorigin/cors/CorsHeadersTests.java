package io.crossorigin.cors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one definition of an {@code Access-Control-*} header name, which every gate uses: ASCII
 * case-insensitive, as HTTP field names are.
 */
class CorsHeadersTests {

	@ParameterizedTest
	@ValueSource(strings = { "Access-Control-Allow-Origin", "access-control-allow-origin", "ACCESS-CONTROL-MAX-AGE",
			"Access-Control-X", "aCcEsS-cOnTrOl-Anything-Else" })
	void namesWithTheAccessControlPrefixInAnyAsciiCaseAreAccessControlHeaders(String name) {
		assertThat(CorsHeaders.isAccessControl(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Access-Control-", "Access-Control", "X-Access-Control-Allow-Origin", "Vary", "",
			"Acce\u017fs-Control-Allow-Origin", "Access-Contro\u212a-Allow-Origin", "Access_Control_Allow_Origin" })
	void otherNamesAreNotEvenWhereUnicodeCaseFoldingWouldMakeThemOne(String name) {
		assertThat(CorsHeaders.isAccessControl(name)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vary", "vary", "VARY" })
	void varyInAnyAsciiCaseIsVary(String name) {
		assertThat(CorsHeaders.isVary(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Varies", "Var", "V\u0430ry" })
	void otherNamesAreNotVary(String name) {
		assertThat(CorsHeaders.isVary(name)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void nullIsNeither() {
		assertThat(CorsHeaders.isAccessControl(null)).isFalse();
		assertThat(CorsHeaders.isVary(null)).isFalse();
	}

}
