package io.crossorigin.cors.internal.http;

import java.util.ArrayList;
import java.util.List;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.crossorigin.cors.internal.http.HeaderNameSet.ListCheck;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNameSetTests {

	@Test
	void regionLookupIgnoresCaseAndRespectsBoundaries() {
		HeaderNameSet set = HeaderNameSet.of(List.of("X-Request-Id", "Content-Type"));
		String requested = "content-type,x-request-id,x-request";
		assertThat(set.contains(requested, 0, 12)).isTrue();
		assertThat(set.contains(requested, 13, 25)).isTrue();
		assertThat(set.contains(requested, 26, 35)).isFalse();
		assertThat(set.contains("X-REQUEST-ID")).isTrue();
		assertThat(set.contains("")).isFalse();
	}

	@Test
	void duplicatesDifferingOnlyInCaseCollapse() {
		assertThat(HeaderNameSet.of(List.of("X-A", "x-a", "X-B")).size()).isEqualTo(2);
	}

	@Test
	void largeSetsFindEveryMemberAndNothingElse() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			names.add("X-Header-" + i);
		}
		HeaderNameSet set = HeaderNameSet.of(names);
		for (int i = 0; i < 1000; i++) {
			assertThat(set.contains("x-header-" + i)).isTrue();
		}
		assertThat(set.contains("x-header-1000")).isFalse();
	}

	@Test
	void emptySetContainsNothing() {
		assertThat(HeaderNameSet.of(List.of()).contains("x-a")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ",", " , \t,", "content-type", "Content-Type,X-Request-Id", " content-type ,\tx-request-id\t",
			"content-type,,x-request-id,", "content-type, x-secret", "x-secret, content-type", "content type", "content-type,x y",
			"x y,x-secret", "x-secret,x y", "content-type;x", "content-type,\r\nx", "cont\u00e9nt", "content-typ\u212a",
			"content-type,x-request-i", "content-type,x-request-idd", "CONTENT-TYPE", "*", "x-a\u0000", "\u0000" })
	void checkingAListDecidesAsWalkingItElementByElement(String list) {
		HeaderNameSet set = HeaderNameSet.of(List.of("Content-Type", "X-Request-Id"));
		assertThat(set.checkList(list, false)).isEqualTo(walk(set, list, false));
		assertThat(set.checkList(list, true)).isEqualTo(walk(set, list, true));
	}

	@Test
	void checkingRandomListsDecidesAsWalkingThem() {
		HeaderNameSet set = HeaderNameSet.of(List.of("a", "B", "ab", "x-y"));
		Random random = new Random(17);
		String alphabet = "abAB-xy, \t;\u00e9";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder list = new StringBuilder();
			for (int i = random.nextInt(9); i > 0; i--) {
				list.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = list.toString();
			assertThat(set.checkList(value, false)).as(value).isEqualTo(walk(set, value, false));
			assertThat(set.checkList(value, true)).as(value).isEqualTo(walk(set, value, true));
		}
	}

	/** A key whose hash equals a held name's is still compared character by character. */
	@Test
	void aNameWithAHeldNamesHashIsNotHeld() {
		// "c-" and "ak" hash alike (99 * 31 + 45 == 97 * 31 + 107)
		HeaderNameSet set = HeaderNameSet.of(List.of("x-c-"));
		assertThat("x-c-".hashCode()).isEqualTo("x-ak".hashCode());
		assertThat(set.contains("x-ak")).isFalse();
		assertThat(set.checkList("x-ak", false)).isEqualTo(ListCheck.NOT_HELD);
		assertThat(set.checkList("X-C-", false)).isEqualTo(ListCheck.ALL_HELD);
	}

	/** The reference: the list walked element by element, each checked as a token, then looked up. */
	private static ListCheck walk(HeaderNameSet set, String list, boolean anyName) {
		ListCheck failure = FieldList.firstResult(list, set, (names, value, from, to) -> !HttpTokens.isToken(value, from, to)
				? ListCheck.MALFORMED : (!anyName && !names.contains(value, from, to)) ? ListCheck.NOT_HELD : null);
		return (failure != null) ? failure : FieldList.isEmpty(list) ? ListCheck.EMPTY : ListCheck.ALL_HELD;
	}

}
