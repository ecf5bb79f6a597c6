package io.crossorigin.cors.origin;

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

}
