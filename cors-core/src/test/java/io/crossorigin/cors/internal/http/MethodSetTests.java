package io.crossorigin.cors.internal.http;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MethodSetTests {

	@Test
	void methodsAreComparedExactly() {
		MethodSet set = MethodSet.of(List.of("GET", "POST", "PATCH"));
		assertThat(set.contains("GET")).isTrue();
		assertThat(set.contains(new String("PATCH"))).isTrue();
		assertThat(set.contains("get")).isFalse();
		assertThat(set.contains("Patch")).isFalse();
		assertThat(set.contains("PUT")).isFalse();
		assertThat(set.contains("")).isFalse();
	}

	@Test
	void namesWithTheSameHashAreToldApart() {
		assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
		MethodSet set = MethodSet.of(List.of("Aa"));
		assertThat(set.contains("Aa")).isTrue();
		assertThat(set.contains("BB")).isFalse();
		assertThat(MethodSet.of(List.of("Aa", "BB", "Aa")).contains("BB")).isTrue();
	}

	@Test
	void largeAndEmptySetsFindEveryMemberAndNothingElse() {
		List<String> methods = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			methods.add("M" + i);
		}
		MethodSet set = MethodSet.of(methods);
		for (String method : methods) {
			assertThat(set.contains(method)).isTrue();
		}
		assertThat(set.contains("M500")).isFalse();
		assertThat(MethodSet.of(List.of()).contains("GET")).isFalse();
	}

}
