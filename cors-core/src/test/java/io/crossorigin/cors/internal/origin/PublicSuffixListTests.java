package io.crossorigin.cors.internal.origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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


	/** The parser, on a list small enough that each rule's effect can be seen alone. */
	@Nested
	class Parsing {

		private final PublicSuffixList small = parse("""
				// a comment, then a blank line

				  co.example  \t
				*.wild.test
				!keep.wild.test
				b\u00fccher.test
				// *.commented.test
				deep.down.there.test
				""");

		private PublicSuffixList parse(String text) {
			try {
				return PublicSuffixList.parse(new BufferedReader(new StringReader(text)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Test
		void rulesAreTrimmedAndCommentsAndBlankLinesIgnored() {
			assertThat(this.small.isPublicSuffix("co.example")).isTrue();
			assertThat(this.small.isPublicSuffix("a.commented.test")).isFalse();
			assertThat(this.small.hasPublicSuffixBelow("commented.test")).isFalse();
		}

		@Test
		void aWildcardRuleMakesEveryLabelBelowItAPublicSuffixButNotItself() {
			assertThat(this.small.isPublicSuffix("any.wild.test")).isTrue();
			assertThat(this.small.isPublicSuffix("wild.test")).isFalse();
			assertThat(this.small.isPublicSuffix("a.any.wild.test")).isFalse();
		}

		@Test
		void anExceptionRuleMakesItsDomainRegistrable() {
			assertThat(this.small.isPublicSuffix("keep.wild.test")).isFalse();
		}

		@Test
		void unicodeRulesAreKeptAsPunycode() {
			assertThat(this.small.isPublicSuffix("xn--bcher-kva.test")).isTrue();
		}

		@Test
		void everyParentOfARuleOrWildcardHasAPublicSuffixBelowIt() {
			assertThat(this.small.hasPublicSuffixBelow("example")).isTrue();
			assertThat(this.small.hasPublicSuffixBelow("down.there.test")).isTrue();
			assertThat(this.small.hasPublicSuffixBelow("there.test")).isTrue();
			assertThat(this.small.hasPublicSuffixBelow("test")).isTrue();
			assertThat(this.small.hasPublicSuffixBelow("wild.test")).as("a wildcard's own domain").isTrue();
			assertThat(this.small.hasPublicSuffixBelow("deep.down.there.test")).isFalse();
			assertThat(this.small.hasPublicSuffixBelow("co.example")).isFalse();
		}

		@Test
		void aDomainOfOneLabelIsATopLevelDomain() {
			assertThat(this.small.isPublicSuffix("anything")).isTrue();
			assertThat(this.small.isPublicSuffix("localhost")).isFalse();
		}

	}

}
