package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CorsSafelistPropertyTests {

	private static final Set<String> SAFELISTABLE_NAMES =
			Set.of("accept", "accept-language", "content-language", "content-type", "range");

	@Provide
	Arbitrary<String> headerNames() {
		return Arbitraries.oneOf(
				Arbitraries.of("Accept", "Accept-Language", "Content-Language", "Content-Type", "Range", "X-Custom",
						"Authorization", "Cache-Control"),
				Arbitraries.strings().withCharRange('a', 'z').withChars('-', 'A', 'Z').ofMinLength(1).ofMaxLength(20));
	}

	@Provide
	Arbitrary<String> latin1Values() {
		return Arbitraries.strings().withCharRange((char) 0x20, (char) 0xFF).withChars('\t').ofMaxLength(200);
	}

	@Property
	void nameOutsideTheFiveSafelistableNamesIsNeverSafelisted(
			@ForAll("headerNames") String name, @ForAll("latin1Values") String value) {
		if (!SAFELISTABLE_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, value)).isFalse();
		}
	}

	@Property
	void valueLongerThan128BytesIsNeverSafelisted(
			@ForAll("headerNames") String name, @ForAll @StringLength(min = 129, max = 300) String value) {
		assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, value)).isFalse();
	}

	@Property
	void rangeIsSafelistedExactlyWhenStartIsAtMostEnd(
			@ForAll @LongRange(min = 0) long start, @ForAll @LongRange(min = 0) long end) {
		assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", "bytes=" + start + "-" + end))
				.isEqualTo(start <= end);
		assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", "bytes=" + start + "-")).isTrue();
		assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", "bytes=-" + end)).isFalse();
	}

	@Property
	void unsafeNamesAreASortedLowercaseSetOfInputNames(
			@ForAll @Size(max = 12) List<@From("headerNames") String> names,
			@ForAll("latin1Values") String value) {
		List<HeaderField> headers = new ArrayList<>();
		for (String name : names) {
			headers.add(new HeaderField(name, value));
		}
		List<String> unsafe = CorsSafelist.corsUnsafeRequestHeaderNames(headers);

		assertThat(unsafe).isSorted().doesNotHaveDuplicates();
		assertThat(unsafe).allSatisfy(n -> assertThat(n).isEqualTo(n.toLowerCase(Locale.ROOT)));
		List<String> lowercaseInput = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
		assertThat(lowercaseInput).containsAll(unsafe);
		for (String name : names) {
			if (!CorsSafelist.isCorsSafelistedRequestHeader(name, value)) {
				assertThat(unsafe).contains(name.toLowerCase(Locale.ROOT));
			}
		}
	}

	@Property
	void responseHeaderCombinesAllValuesOfTheNameInOrder(
			@ForAll @Size(min = 1, max = 5) List<@From("latin1Values") String> values) {
		List<HeaderField> headers = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			headers.add(new HeaderField(i % 2 == 0 ? "X-Multi" : "x-MULTI", values.get(i)));
			headers.add(new HeaderField("X-Other", "o"));
		}
		assertThat(new BrowserResponse(200, headers).header("x-multi")).isEqualTo(String.join(", ", values));
	}
}
