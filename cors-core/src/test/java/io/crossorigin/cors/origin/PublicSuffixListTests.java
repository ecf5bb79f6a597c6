package io.crossorigin.cors.origin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicSuffixListTests {

	private final PublicSuffixList list = PublicSuffixList.shipped();

	@ParameterizedTest
	@ValueSource(strings = { "com", "uk", "co.uk", "github.io", "blogspot.com", "anything.ck", "foo.kawasaki.jp",
			"xn--p1ai", "notatld" })
	void listedRulesWildcardRulesAndUnknownTopLevelDomainsArePublicSuffixes(String domain) {
		assertThat(this.list.isPublicSuffix(domain)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.com", "example.co.uk", "alice.github.io", "www.ck", "city.kawasaki.jp",
			"localhost" })
	void registrableDomainsExceptionRulesAndLocalhostAreNot(String domain) {
		assertThat(this.list.isPublicSuffix(domain)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kawasaki.jp", "amazonaws.com", "jp", "com" })
	void domainsWithPublicSuffixesBelowThemAreKnown(String domain) {
		assertThat(this.list.hasPublicSuffixBelow(domain)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.com", "city.kawasaki.jp", "alice.github.io" })
	void ordinaryDomainsHaveNoPublicSuffixBelowThem(String domain) {
		assertThat(this.list.hasPublicSuffixBelow(domain)).isFalse();
	}

}
