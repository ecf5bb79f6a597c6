package io.crossorigin.cors.internal.origin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Origin entries as configuration writes them: each boundary form either normalises to what a
 * browser sends, or is refused with its problem and a fix; and which entries only ever match
 * loopback hosts.
 */
class OriginPatternTests {

	@ParameterizedTest
	@CsvSource({ "https://x.com:1, https://x.com:1", "https://x.com:65535, https://x.com:65535",
			"https://x.com:443, https://x.com", "http://x.com:80, http://x.com", "ws://x.com:80, ws://x.com",
			"wss://x.com:443, wss://x.com", "https://x.com:80, https://x.com:80", "HTTPS://X.COM, https://x.com",
			"a+b-c.d://x, a+b-c.d://x", "http://[::1]:8080, http://[::1]:8080", "http://[0:0::1], http://[::1]",
			"http://127.0.0.1, http://127.0.0.1", "https://*.example.com:*, https://*.example.com:*",
			"http://localhost:*, http://localhost:*", "http://x.com., http://x.com.", "*, *", "null, null" })
	void entriesNormaliseToWhatABrowserSends(String entry, String normalised) {
		assertThat(OriginPattern.parse(entry)).hasToString(normalised);
	}

	@Test
	void hostsAtTheLengthLimitsAreAcceptedAndOneMoreCharacterIsNot() {
		String label63 = "a".repeat(63);
		String host253 = label63 + "." + label63 + "." + label63 + "." + "b".repeat(61);
		assertThat(OriginPattern.parse("https://" + label63 + ".com")).hasToString("https://" + label63 + ".com");
		assertThat(OriginPattern.parse("https://" + host253)).hasToString("https://" + host253);
		assertThat(OriginPattern.parse("https://" + host253 + ".")).hasToString("https://" + host253 + ".");
		assertRefused("https://" + label63 + "a.com", "empty or over-long label");
		assertRefused("https://" + host253 + "b", "invalid length");
	}

	/** Found by fuzzing: a long custom scheme made an entry no Origin the engine reads could ever match. */
	@Test
	void entriesLongerThanAnyOriginTheEngineReadsAreRefused() {
		String scheme400 = "s".repeat(400 - "://h".length());
		assertThat(OriginPattern.parse(scheme400 + "://h")).hasToString(scheme400 + "://h");
		assertThat(OriginSyntax.isCanonical(scheme400 + "://h")).isTrue();
		assertRefused("s" + scheme400 + "://h", "longer than 400 characters");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "https://x.com:0|invalid port", "https://x.com:65536|invalid port",
			"https://x.com:123456|invalid port", "https://x.com:08a|invalid port", "https://x.com:|invalid port",
			"https://x.com:-1|invalid port", "1a://x|invalid scheme", "a_b://x|invalid scheme", "://x|invalid scheme",
			"*://x.com|'*' in its scheme", "x.com|no scheme", "http://|no host", "http://*|'*' where it is not allowed",
			"http://a.*.com|'*' where it is not allowed", "http://*.*.com|'*' where it is not allowed",
			"http://[::1|unterminated IPv6", "http://*.[::1]|before an IP address", "http://[zz]|invalid IPv6",
			"http://a..b|empty or over-long label", "http://.a|empty or over-long label", "http://a!b|the character '!'",
			"file://x|opaque origin", "FILE:///etc|opaque origin", "http://127.0.0.1.|ends an IPv4 address with a dot",
			"http://*.1.2.3.4|before an IP address", "http://1.2.3.04|neither a domain nor", "http://a.1|neither a domain nor",
			"https://*.com|public suffix 'com'", "https://*.amazonaws.com|below which lie public suffixes",
			"https://x.com/|ends with '/'", "https://x.com/a|path, query or fragment", "https://x.com?a|path, query or fragment",
			"https://u@x.com|user info", "https://x .com|white space", "https://x.c\u00f6m|non-ASCII" })
	void boundaryEntriesAreRefusedWithTheirProblem(String entry, String problem) {
		assertRefused(entry, problem);
	}

	@Test
	void nonAsciiHostsAreRefusedWithTheirPunycode() {
		assertThatExceptionOfType(InvalidOriginException.class).isThrownBy(() -> OriginPattern.parse("https://b\u00fccher.example"))
			.satisfies((ex) -> assertThat(ex.fix()).contains("https://xn--bcher-kva.example"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost", "http://localhost.", "http://a.localhost", "http://localhost:*",
			"http://127.0.0.1", "http://127.255.255.255:8080", "http://[::1]", "https://localhost" })
	void loopbackEntries(String entry) {
		assertThat(OriginPattern.parse(entry).isLoopback()).isTrue();
		assertThat(OriginPattern.parse(entry).isInsecure()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost.example", "http://127.0.0.1.nip.io", "http://128.0.0.1", "http://[::2]",
			"http://example.com", "http://*.localhost.example" })
	void plainHttpEntriesOtherThanLoopbackAreInsecure(String entry) {
		assertThat(OriginPattern.parse(entry).isLoopback()).isFalse();
		assertThat(OriginPattern.parse(entry).isInsecure()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "null", "https://example.com" })
	void otherEntriesAreNeitherLoopbackNorInsecure(String entry) {
		assertThat(OriginPattern.parse(entry).isInsecure()).isFalse();
		assertThat(OriginPattern.parse(entry).isLoopback()).isFalse();
	}

	private static void assertRefused(String entry, String problem) {
		assertThatExceptionOfType(InvalidOriginException.class).as(entry).isThrownBy(() -> OriginPattern.parse(entry))
			.satisfies((ex) -> {
				assertThat(ex.problem()).contains(problem);
				assertThat(ex.fix()).isNotBlank();
			});
	}

}
