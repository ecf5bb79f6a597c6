package io.crossorigin.cors.internal.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one list parser: commas separate elements, space and horizontal tab around them are
 * optional white space (RFC 9110 §5.6.1, §5.6.3), empty elements do not count.
 */
class FieldListTests {

	@Test
	void elementsAreTrimmedOfSpacesAndTabs() {
		assertThat(FieldList.elements(" a,\tb\t, \t c \t")).containsExactly("a", "b", "c");
	}

	@Test
	void emptyElementsAreIgnored() {
		assertThat(FieldList.elements(",, a ,,\t,b,")).containsExactly("a", "b");
		assertThat(FieldList.isEmpty(" ,\t, ")).isTrue();
		assertThat(FieldList.isEmpty("")).isTrue();
		assertThat(FieldList.isEmpty(" x ")).isFalse();
	}

	@Test
	void otherControlCharactersAreNotWhiteSpace() {
		assertThat(FieldList.elements("a,\u000bb\r")).containsExactly("a", "\u000bb\r");
	}

	@Test
	void containsComparesWholeElementsIgnoringAsciiCase() {
		assertThat(FieldList.containsIgnoreCase("Accept,\tORIGIN", "origin")).isTrue();
		assertThat(FieldList.containsIgnoreCase("Origins", "Origin")).isFalse();
		assertThat(FieldList.containsIgnoreCase("x-origin", "Origin")).isFalse();
	}

	@Test
	void firstResultStopsAtTheFirstElementThatAnswers() {
		String found = FieldList.firstResult("a, bb,\tccc", 2, (length, value, from, to) -> (to - from == length)
				? value.substring(from, to) : null);
		assertThat(found).isEqualTo("bb");
	}

	@Test
	void normalizingReplacesTabsBetweenElementsAndKeepsAValueWithoutTabsAsItIs() {
		assertThat(FieldList.normalize("a,\tb\t,c")).isEqualTo("a, b, c");
		String plain = "a, b,c";
		assertThat(FieldList.normalize(plain)).isSameAs(plain);
	}

}
