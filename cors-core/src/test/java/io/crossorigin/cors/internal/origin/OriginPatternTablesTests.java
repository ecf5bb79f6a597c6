package io.crossorigin.cors.internal.origin;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.crossorigin.cors.internal.origin.OriginMatcher.Match;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern tables are probed while the origin's syntax is checked, in one right-to-left pass
 * over the host: a probe compares stored hashes before characters, and a parent domain found in a
 * table counts only once the whole origin has proved canonical.
 */
class OriginPatternTablesTests {

	@Test
	void keysWithTheSameHashAreToldApartByTheirCharacters() {
		// "c-" and "ak" hash alike (99 * 31 + 45 == 97 * 31 + 107), so these keys collide
		assertThat("https://.c-x.example".hashCode()).isEqualTo("https://.akx.example".hashCode());
		assertThat("https://c-x.example".hashCode()).isEqualTo("https://akx.example".hashCode());
		OriginMatcher one = matcher("https://*.c-x.example", "https://c-x.example:*");
		assertThat(one.match("https://a.c-x.example")).isEqualTo(Match.ALLOWED);
		assertThat(one.match("https://a.akx.example")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(one.match("https://c-x.example:8443")).isEqualTo(Match.ALLOWED);
		assertThat(one.match("https://akx.example:8443")).isEqualTo(Match.NOT_ALLOWED);
		OriginMatcher both = matcher("https://*.c-x.example", "https://*.akx.example");
		assertThat(both.match("https://a.c-x.example")).isEqualTo(Match.ALLOWED);
		assertThat(both.match("https://a.akx.example")).isEqualTo(Match.ALLOWED);
		assertThat(both.match("https://a.akx.examplf")).isEqualTo(Match.NOT_ALLOWED);
	}

	@Test
	void aHostThatDiffersOnlyInCaseIsNoOrigin() {
		OriginMatcher matcher = matcher("https://*.example.org", "https://shop.example:*");
		assertThat(matcher.match("https://a.example.org")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://a.Example.org")).isEqualTo(Match.MALFORMED);
		assertThat(matcher.match("https://A.example.org")).isEqualTo(Match.MALFORMED);
		assertThat(matcher.match("https://SHOP.example:8443")).isEqualTo(Match.MALFORMED);
		assertThat(matcher.match("HTTPS://a.example.org")).isEqualTo(Match.MALFORMED);
	}

	@Test
	void aHostThatEndsWithADotIsAnotherOrigin() {
		OriginMatcher withoutDot = matcher("https://*.example.org", "https://shop.example:*");
		assertThat(withoutDot.match("https://a.example.org.")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(withoutDot.match("https://shop.example.:8443")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(withoutDot.match("https://a.example.org..")).isEqualTo(Match.MALFORMED);
		OriginMatcher withDot = matcher("https://*.example.org.");
		assertThat(withDot.match("https://a.example.org.")).isEqualTo(Match.ALLOWED);
		assertThat(withDot.match("https://a.example.org")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(withDot.match("https://example.org.")).isEqualTo(Match.NOT_ALLOWED);
	}

	@Test
	void aParentDomainCountsForItsPortOrForAnyPort() {
		OriginMatcher matcher = matcher("https://*.example.org:8443", "https://*.example.net:*", "https://*.example.com");
		assertThat(matcher.match("https://a.example.org:8443")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://a.example.org:8444")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(matcher.match("https://a.example.org")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(matcher.match("https://a.b.example.net:1")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://a.b.example.net")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://a.example.com")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://a.example.com:8443")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(matcher.match("https://a.example.com:443")).isEqualTo(Match.MALFORMED);
		assertThat(matcher.match("http://a.example.com")).isEqualTo(Match.NOT_ALLOWED);
	}

	/** The parent is found before the pass reaches the labels left of it; those still decide. */
	@ParameterizedTest
	@ValueSource(strings = { "https://a b.example.org", "https://..example.org", "https://.a.example.org",
			"https://a..example.org", "https://a/.example.org", "https://a%2e.example.org", "https://a\u0000.example.org",
			"https://a\u212a.example.org", "https://xn--\u00e9.example.org", "https://a@b.example.org",
			"https://a.example.org:0443", "https://a.example.org:99999", "https://a.example.org/", "https://a.example.org:" })
	void aParentFoundInAHostThatIsNoOriginAllowsNothing(String origin) {
		assertThat(matcher("https://*.example.org", "https://*.example.org:*").match(origin)).isEqualTo(Match.MALFORMED);
	}

	@Test
	void aLabelTooLongLeftOfTheParentAllowsNothing() {
		OriginMatcher matcher = matcher("https://*.example.org");
		assertThat(matcher.match("https://" + "a".repeat(63) + ".example.org")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://" + "a".repeat(64) + ".example.org")).isEqualTo(Match.MALFORMED);
		assertThat(matcher.match("https://" + "a.".repeat(121) + "example.org")).isEqualTo(Match.ALLOWED);
		assertThat(matcher.match("https://" + "a.".repeat(122) + "example.org")).isEqualTo(Match.MALFORMED);
	}

	/** What the tables' pass refuses is exactly what the plain syntax check refuses. */
	@ParameterizedTest
	@ValueSource(strings = { "https://a.example.org", "https://1.2.3.4", "https://1.2.3.04", "https://a.1.2.3.4",
			"https://a.0x1f", "https://a.example.org.", "https://4.", "http://[::1]:8080", "http://[::1]x", "https://a.example.net:65535", "https://b.a.example.net:1",
			"null", "", "https://", "https://:8080", "a://b", "file://a.example.org", "https://a.example.org:80" })
	void everyTableRefusesWhatTheSyntaxCheckRefuses(String origin) {
		OriginMatcher matcher = matcher("https://*.example.org", "https://*.example.net:*", "https://a.example.net:*", "http://[::1]:*");
		assertThat(matcher.match(origin) == Match.MALFORMED).isEqualTo(!OriginSyntax.isCanonical(origin));
		assertThat(OriginSyntax.parse(origin, OriginPatternTables.NONE)).isEqualTo(OriginSyntax.parseCanonical(origin));
	}

	@Test
	void theOutcomeTellsARefusalFromAValueThatIsNoOrigin() {
		OriginMatcher exactOnly = matcher("https://app.example.com");
		assertThat(exactOnly.match("https://app.example.com")).isEqualTo(Match.ALLOWED);
		assertThat(exactOnly.match("https://evil.example.com")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(exactOnly.match("https://evil.example.com/")).isEqualTo(Match.MALFORMED);
		assertThat(exactOnly.match("null")).isEqualTo(Match.NOT_ALLOWED);
		assertThat(exactOnly.match("https://" + "a".repeat(OriginSyntax.MAX_LENGTH))).isEqualTo(Match.MALFORMED);
		assertThat(exactOnly.matches("https://app.example.com")).isTrue();
		assertThat(exactOnly.matches("https://" + "a".repeat(OriginSyntax.MAX_LENGTH))).isFalse();
		assertThat(exactOnly.matches("null")).isFalse();
		assertThat(matcher("null").match("null")).isEqualTo(Match.ALLOWED);
		assertThat(matcher("*").match("https://a.b")).isEqualTo(Match.ALLOWED);
		assertThat(matcher("*").match("https://a.b/")).isEqualTo(Match.MALFORMED);
	}

	/** An origin of exactly the longest length is read; one character more is not. */
	@Test
	void anOriginOfTheLongestLengthIsLookedUp() {
		String label63 = "a".repeat(63);
		String host253 = label63 + "." + label63 + "." + label63 + "." + "b".repeat(61);
		String longest = "x".repeat(141) + "://" + host253 + ":12";
		assertThat(longest).hasSize(OriginSyntax.MAX_LENGTH);
		OriginMatcher exactOnly = matcher(longest);
		assertThat(exactOnly.match(longest)).isEqualTo(Match.ALLOWED);
		assertThat(exactOnly.matches(longest)).isTrue();
		assertThat(exactOnly.match("x" + longest)).isEqualTo(Match.MALFORMED);
		assertThat(exactOnly.matches("x" + longest)).isFalse();
		assertThat(matcher("x".repeat(141) + "://*." + host253.substring(64) + ":12").match(longest)).isEqualTo(Match.ALLOWED);
	}

	/** A scheme cut short after its colon is no origin, and reading it stays within the value. */
	@ParameterizedTest
	@ValueSource(strings = { "https:", "https:/", "https://", "h:/", "h://" })
	void aSchemeWithoutItsSlashesOrHostIsNoOrigin(String origin) {
		assertThat(matcher("https://*.example.org", "https://a.example:*").match(origin)).isEqualTo(Match.MALFORMED);
		assertThat(OriginSyntax.parseCanonical(origin)).isNegative();
	}

	private static OriginMatcher matcher(String... entries) {
		return OriginMatcher.of(Arrays.stream(entries).map(OriginPattern::parse).toList());
	}

	@Test
	void noTablesHoldNothing() {
		assertThat(OriginPatternTables.NONE.isEmpty()).isTrue();
		assertThat(new OriginPatternTables(List.of("https://a.b"), List.of(), List.of()).hasParents()).isFalse();
	}

}
