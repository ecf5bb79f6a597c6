package io.crossorigin.cors.internal.origin;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.crossorigin.cors.FuzzInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser of {@code Origin} request headers under fuzzing: whatever it takes for a canonical
 * origin is one a browser could send (the opaque {@code null}, or printable ASCII
 * {@code scheme://host[:port]}, lower case, no default port, nothing after the authority), and it
 * locates the host inside the value.
 */
class OriginSyntaxFuzzTests {

	@FuzzTest(maxDuration = "10m")
	void whatPassesForACanonicalOriginIsOneABrowserCouldSend(byte[] input) {
		String origin = FuzzInput.text(input);
		long parsed = OriginSyntax.parseCanonical(origin);
		boolean canonical = OriginSyntax.isCanonical(origin);
		assertThat(canonical).isEqualTo(parsed >= 0 || origin.equals("null"));
		if (parsed < 0) {
			return;
		}
		assertThat(origin.length()).isLessThanOrEqualTo(OriginSyntax.MAX_LENGTH);
		assertThat(origin.chars()).as("printable ASCII, no space").allMatch((c) -> c > 0x20 && c < 0x7F);
		assertThat(origin.chars()).as("lower case").noneMatch((c) -> c >= 'A' && c <= 'Z');
		int hostStart = OriginSyntax.hostStart(parsed);
		int hostEnd = OriginSyntax.hostEnd(parsed);
		assertThat(origin.substring(0, hostStart)).matches("[a-z][a-z0-9+.-]*://");
		assertThat(hostStart).isLessThan(hostEnd);
		String host = origin.substring(hostStart, hostEnd);
		assertThat(host).doesNotContain("/", "?", "#", "@", "\\", "%");
		String rest = origin.substring(hostEnd);
		assertThat(rest).matches("|:[1-9][0-9]{0,4}");
		String scheme = origin.substring(0, hostStart - 3);
		assertThat(scheme + rest).as("no default port").isNotIn("http:80", "ws:80", "https:443", "wss:443");
		assertThat(scheme).isNotEqualTo("file");
	}

}
