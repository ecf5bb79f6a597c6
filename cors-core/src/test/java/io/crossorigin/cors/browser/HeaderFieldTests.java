package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class HeaderFieldTests {

	@Test
	void nullNameIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> new HeaderField(null, "v")).withMessageContaining("name");
	}

	@Test
	void nullValueIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> new HeaderField("X-A", null)).withMessageContaining("value");
	}

	@Test
	void emptyValueIsAllowed() {
		assertThat(new HeaderField("X-A", "").value()).isEmpty();
	}

	@Test
	void headersWithSameNameAndValueAreEqual() {
		assertThat(new HeaderField("X-A", "1")).isEqualTo(new HeaderField("X-A", "1"))
				.isNotEqualTo(new HeaderField("x-a", "1"));
	}
}
