package io.crossorigin.cors.internal.http;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

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

}
