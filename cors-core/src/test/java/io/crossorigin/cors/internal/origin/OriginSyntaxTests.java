package io.crossorigin.cors.internal.origin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OriginSyntaxTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com", "http://localhost:8080", "http://127.0.0.1", "http://[::1]:3000",
			"http://[2001:db8::8:800:200c:417a]", "http://[::ffff:c000:280]", "capacitor://localhost",
			"https://a-b_c.example.com", "https://example.com.", "chrome-extension://abcdef", "https://example.com:80",
			"http://example.com:443", "null" })
	void canonicalOriginsAreAccepted(String origin) {
		assertThat(OriginSyntax.isCanonical(origin)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://Example.com", "https://example.com:443", "http://example.com:80",
			"https://example.com/", "https://example.com:0443", "https://example.com:65536", "https://127.1",
			"https://0x7f.0.0.1", "https://1.2.3.256", "https://01.2.3.4", "https://example..com", "https://.example.com",
			"https://example.com..", "https://", "https:example.com", "1https://example.com", "https://exa mple.com",
			"http://[::G]", "http://[::1", "http://[::1]x", "https://example.com:", "NULL", "",
			// IPv6 written otherwise than browsers serialize it
			"http://[0:0::1]:8080", "http://[0:0:0:0:0:0:0:1]", "http://[::0001]", "http://[::FFFF:c000:280]",
			"http://[::ffff:192.0.2.128]", "http://[2001:db8:0:0:8:800:200c:417a]", "http://[:::]",
			// file: URLs have opaque origins, sent as null
			"file://foo.com", "file:///etc" })
	void nonCanonicalOriginsAreRefused(String origin) {
		assertThat(OriginSyntax.isCanonical(origin)).isFalse();
	}

	@Test
	void overlongOriginsAndLabelsAreRefused() {
		assertThat(OriginSyntax.isCanonical("https://" + "a".repeat(64) + ".com")).isFalse();
		assertThat(OriginSyntax.isCanonical("https://" + "a".repeat(63) + ".com")).isTrue();
		assertThat(OriginSyntax.isCanonical("https://" + "a.".repeat(127) + "com")).isFalse();
		assertThat(OriginSyntax.isCanonical("https://" + "a".repeat(OriginSyntax.MAX_LENGTH))).isFalse();
	}

	@Test
	void parseLocatesTheHost() {
		long parsed = OriginSyntax.parseCanonical("https://app.example.com:8443");
		assertThat(OriginSyntax.hostStart(parsed)).isEqualTo(8);
		assertThat(OriginSyntax.hostEnd(parsed)).isEqualTo(23);
	}


	/** Hosts at the length limits: labels of 63 characters, names of 253 (254 with the trailing dot). */
	@Test
	void hostsAtTheLengthLimitsAreAcceptedAndOneCharacterMoreIsNot() {
		String label63 = "a".repeat(63);
		String host253 = label63 + "." + label63 + "." + label63 + "." + "b".repeat(61);
		assertThat(host253).hasSize(253);
		assertThat(OriginSyntax.isCanonical("https://" + label63 + ".com")).isTrue();
		assertThat(OriginSyntax.isCanonical("https://" + label63 + "a.com")).isFalse();
		assertThat(OriginSyntax.isCanonical("https://x." + label63)).isTrue();
		assertThat(OriginSyntax.isCanonical("https://x." + label63 + "a")).isFalse();
		assertThat(OriginSyntax.isCanonical("https://" + host253)).isTrue();
		assertThat(OriginSyntax.isCanonical("https://" + host253 + ".")).isTrue();
		assertThat(OriginSyntax.isCanonical("https://" + host253 + "b")).isFalse();
		assertThat(OriginSyntax.isCanonical("https://" + host253 + "b.")).isFalse();
	}

	@Test
	void originsUpToFourHundredCharactersAreRead() {
		String long400 = "s".repeat(389) + "://" + "h".repeat(8);
		assertThat(long400).hasSize(OriginSyntax.MAX_LENGTH);
		assertThat(OriginSyntax.isCanonical(long400)).isTrue();
		String long401 = "s".repeat(390) + "://" + "h".repeat(8);
		assertThat(OriginSyntax.isCanonical(long401)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a://b", "z9+-.://host", "http://1.2.3.4", "http://255.255.255.255", "http://0.0.0.0",
			"http://host:1", "http://host:65535", "https://host:80", "http://host:443", "ws://host:443", "http://123abc",
			"http://0xg", "http://a.1b", "http://_.example", "http://a-.b", "http://[::1]:1", "http://[::1]:65535" })
	void boundaryFormsABrowserSendsAreCanonical(String origin) {
		assertThat(OriginSyntax.isCanonical(origin)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// schemes
			"1a://b", "Http://b", "ht_tp://b", "http:b", "http:/b", "http//b", "+://b", "://b", "h", "http:",
			// IPv4 in every other form a URL parser accepts
			"http://1.2.3.4.", "http://1.2.3", "http://1.2.3.4.5", "http://256.1.1.1", "http://1.256.1.1", "http://1.1.1.256",
			"http://01.1.1.1", "http://1.1.1.1000", "http://a.1", "http://a.0x1", "http://0x7f.0.0.1", "http://a.0x",
			"http://1..2.3", "http://.1.2.3.4", "http://1.2.3.4..",
			// ports
			"http://host:0", "http://host:00", "http://host:012", "http://host:123456", "http://host:65536",
			"http://host:99999", "http://host:8a", "http://host:-1", "http://host:+80", "ws://host:80", "wss://host:443",
			// hosts
			"http://", "http://:80", "http://.", "http://..", "http://.a", "http://a..b", "http://a b", "http://a/b",
			"http://a?b", "http://a#b", "http://a@b", "http://A", "http://a%41",
			// IPv6
			"http://[]", "http://[:]", "http://[::]x", "http://[::1]:", "http://[::1]:80", "https://[::1]:443",
			"http://[::1]:0", "http://[1::2::3]", "http://[12345::]", "http://[1:2:3:4:5:6:7:8:9]" })
	void everyOtherBoundaryFormIsRefused(String origin) {
		assertThat(OriginSyntax.isCanonical(origin)).isFalse();
	}

	@Test
	void theHostIsLocatedBetweenTheSchemeAndThePort() {
		long parsed = OriginSyntax.parseCanonical("http://[::1]:8080");
		assertThat(OriginSyntax.hostStart(parsed)).isEqualTo(7);
		assertThat(OriginSyntax.hostEnd(parsed)).isEqualTo(12);
		long trailingDot = OriginSyntax.parseCanonical("https://example.com.");
		assertThat(OriginSyntax.hostEnd(trailingDot)).isEqualTo("https://example.com.".length());
	}

	@Test
	void defaultPortsAreThoseOfTheSpecialSchemes() {
		assertThat(OriginSyntax.defaultPort("http")).isEqualTo(80);
		assertThat(OriginSyntax.defaultPort("ws")).isEqualTo(80);
		assertThat(OriginSyntax.defaultPort("https")).isEqualTo(443);
		assertThat(OriginSyntax.defaultPort("wss")).isEqualTo(443);
		assertThat(OriginSyntax.defaultPort("ftp")).isEqualTo(-1);
		assertThat(OriginSyntax.defaultPort("chrome-extension")).isEqualTo(-1);
	}

}
