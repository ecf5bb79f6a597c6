package io.crossorigin.cors;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldValuesTests {

	@Test
	void absentFieldHasNoValue() {
		assertThat(FieldValues.combine((java.util.Iterator<String>) null)).isNull();
		assertThat(FieldValues.combine(Collections.emptyIterator())).isNull();
	}

	@Test
	void singleValueIsReturnedItself() {
		String value = "https://app.example.com";
		assertThat(FieldValues.combine(List.of(value).iterator())).isSameAs(value);
	}

	@Test
	void repeatedValuesAreJoinedWithCommaSpace() {
		assertThat(FieldValues.combine(List.of("a", "b", "c").iterator())).isEqualTo("a, b, c");
		assertThat(FieldValues.combine(Collections.enumeration(List.of("a", "b")))).isEqualTo("a, b");
	}

	@Test
	void enumerationsCombineLikeIterators() {
		assertThat(FieldValues.combine((java.util.Enumeration<String>) null)).isNull();
		assertThat(FieldValues.combine(Collections.emptyEnumeration())).isNull();
		assertThat(FieldValues.combine(Collections.enumeration(List.of("x")))).isEqualTo("x");
	}

	@Test
	void varyValuesMergeWithEachTokenOnceIgnoringAsciiCase() {
		assertThat(FieldValues.varyUnion("Origin, Accept-Encoding", "origin, Access-Control-Request-Method"))
			.isEqualTo("Origin, Accept-Encoding, Access-Control-Request-Method");
		assertThat(FieldValues.varyUnion("Origin,,origin", null)).isEqualTo("Origin");
	}

	@Test
	void varyStarCoversEveryTokenAndNothingMakesNoValue() {
		assertThat(FieldValues.varyUnion("Origin", "*")).isEqualTo("*");
		assertThat(FieldValues.varyUnion(null, " , ")).isNull();
	}

}
