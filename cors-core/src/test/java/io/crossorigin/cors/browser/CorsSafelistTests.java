package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorsSafelistTests {

	/** The CORS-unsafe request-header bytes, as Fetch lists them. */
	private static final String UNSAFE_PUNCTUATION = "\"():<>?@[\\]{}\u007F";

	static boolean isUnsafeBytePerFetch(char c) {
		return (c < 0x20 && c != 0x09) || UNSAFE_PUNCTUATION.indexOf(c) >= 0;
	}

	static Stream<Character> allBytes() {
		return IntStream.rangeClosed(0x00, 0xFF).mapToObj(i -> (char) i);
	}

	@Nested
	class Methods {

		@ParameterizedTest
		@ValueSource(strings = {"GET", "HEAD", "POST"})
		void getHeadAndPostAreCorsSafelisted(String method) {
			assertThat(CorsSafelist.isCorsSafelistedMethod(method)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS", "patch", "CUSTOM"})
		void otherMethodsAreNotCorsSafelisted(String method) {
			assertThat(CorsSafelist.isCorsSafelistedMethod(method)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"get", "Post", "hEAD"})
		void safelistedMethodComparisonIsCaseSensitive(String method) {
			assertThat(CorsSafelist.isCorsSafelistedMethod(method)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"CONNECT", "connect", "Trace", "TRACE", "track", "TRACK"})
		void connectTraceAndTrackAreForbiddenInAnyCase(String method) {
			assertThat(CorsSafelist.isForbiddenMethod(method)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"GET", "OPTIONS", "PATCH", "CONNECTX", "TRAC", ""})
		void otherMethodsAreNotForbidden(String method) {
			assertThat(CorsSafelist.isForbiddenMethod(method)).isFalse();
		}
	}

	@Nested
	class UnsafeBytes {

		@ParameterizedTest
		@MethodSource("io.crossorigin.cors.browser.CorsSafelistTests#allBytes")
		void acceptIsSafelistedExactlyWhenItHoldsNoCorsUnsafeRequestHeaderByte(char c) {
			String value = "text/html" + c + "x";
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", value))
					.as("Accept: text/html U+%04X x", (int) c)
					.isEqualTo(!isUnsafeBytePerFetch(c));
		}

		@ParameterizedTest
		@MethodSource("io.crossorigin.cors.browser.CorsSafelistTests#allBytes")
		void contentTypeIsRejectedForEveryCorsUnsafeRequestHeaderByte(char c) {
			// Inside a parameter value, any byte other than the unsafe ones keeps text/plain safelisted.
			String value = "text/plain;x=a" + c + "b";
			boolean expected = !isUnsafeBytePerFetch(c);
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", value))
					.as("Content-Type: text/plain;x=a U+%04X b", (int) c)
					.isEqualTo(expected);
		}

		@Test
		void tabIsTheOnlyControlByteAllowedInAccept() {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", "text/html,\tapplication/xml")).isTrue();
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", "text/html,\u000Bapplication/xml")).isFalse();
		}

		@Test
		void charAboveLatin1IsUnsafe() {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", "text/html\u20AC")).isFalse();
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", "text/plain;x=\u0100")).isFalse();
		}
	}

	@Nested
	class Accept {

		@ParameterizedTest
		@ValueSource(strings = {"*/*", "application/json", "text/html, application/xhtml+xml;q=0.9, */*;q=0.8", "", "caf\u00E9"})
		void acceptWithoutUnsafeBytesIsSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", value)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"text/html; q=\"0.9\"", "application/json (x)", "a:b", "<html>", "x?", "user@host", "{}", "[1]", "a\\b"})
		void acceptWithAnUnsafeByteIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept", value)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"accept", "ACCEPT", "aCcEpT"})
		void headerNameMatchesInAnyCase(String name) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, "*/*")).isTrue();
		}
	}

	@Nested
	class Languages {

		@ParameterizedTest
		@ValueSource(strings = {"Accept-Language", "Content-Language"})
		void languageTagsAndQualityValuesAreSafelisted(String name) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, "en-US,en;q=0.9, de-CH ;q=0.5, *")).isTrue();
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, "")).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"en_US", "en/US", "fr\"", "de:CH", "en\tUS", "caf\u00E9", "x+y", "a!", "zh~"})
		void acceptLanguageWithAByteOutsideItsAlphabetIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept-Language", value)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"en_US", "en/US", "fr\"", "de:CH", "en\tUS", "caf\u00E9", "x+y", "a!", "zh~"})
		void contentLanguageWithAByteOutsideItsAlphabetIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Language", value)).isFalse();
		}

		@Test
		void everyByteOfTheLanguageAlphabetIsAllowed() {
			String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz *,-.;=";
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Accept-Language", alphabet)).isTrue();
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("content-language", alphabet)).isTrue();
		}
	}

	@Nested
	class ContentType {

		@ParameterizedTest
		@ValueSource(strings = {
				"text/plain",
				"TEXT/Plain",
				"text/plain;charset=utf-8",
				"text/plain; charset=UTF-8",
				"text/plain ; charset=utf-8",
				"text/plain;",
				"application/x-www-form-urlencoded",
				"multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
				" text/plain\t",
				"text/plain;charset=utf-8;charset=iso-8859-1",
				"text/plain;=broken-parameter"})
		void threeEssencesWithAnyParametersAreSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", value)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"application/json", "text/html", "text/xml", "application/xml", "multipart/mixed",
				"application/x-www-form-urlencoded+json", "text/plainx"})
		void contentTypeWithUnsafeEssenceIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", value)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"text/", "/plain", "text", "", " ", "text /plain", "text/plain/x", "te xt/plain",
				"text/pl ain", "text/plain, application/json", "text/;charset=utf-8"})
		void malformedMimeTypeIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", value)).isFalse();
		}

		@Test
		void quotedParameterValueIsNotSafelistedBecauseTheQuoteIsAnUnsafeByte() {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Content-Type", "text/plain; charset=\"utf-8\"")).isFalse();
		}
	}

	@Nested
	class Range {

		@ParameterizedTest
		@ValueSource(strings = {"bytes=0-", "bytes=0-1", "bytes=5-5", "bytes=0-0", "bytes=1000-", "bytes=007-10",
				"bytes=99999999999999999999-100000000000000000000"})
		void singleRangeWithStartIsSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", value)).isTrue();
		}

		@Test
		void suffixRangeIsNotSafelisted() {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", "bytes=-5")).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"bytes=5-1", "bytes=10-9", "bytes=100000000000000000000-99999999999999999999"})
		void rangeWhoseStartIsAfterItsEndIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", value)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"bytes= 0-1", "bytes =0-1", "bytes=0 -1", "bytes=0- 1", "bytes=0-1 ", "bytes=0-1\t"})
		void rangeWithWhitespaceIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", value)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"bytes=", "bytes=-", "bytes=0", "bytes=0-1,2-3", "Bytes=0-1", "BYTES=0-1", "items=0-1",
				"bytes 0-1", "bytes=a-1", "bytes=0-b", "bytes=0--1", "bytes=+1-2", ""})
		void anythingButOneBytesRangeIsNotSafelisted(String value) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader("Range", value)).isFalse();
		}
	}

	@Nested
	class ValueLength {

		static Stream<Arguments> valuesOfLength128() {
			return Stream.of(
					Arguments.of("Accept", "a".repeat(128)),
					Arguments.of("Accept-Language", "a".repeat(128)),
					Arguments.of("Content-Language", "a".repeat(128)),
					Arguments.of("Content-Type", "text/plain;p=" + "a".repeat(128 - "text/plain;p=".length())),
					Arguments.of("Range", "bytes=0-" + "9".repeat(128 - "bytes=0-".length())));
		}

		@ParameterizedTest
		@MethodSource("valuesOfLength128")
		void valueOfExactly128BytesIsSafelisted(String name, String value) {
			assertThat(value).hasSize(128);
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, value)).isTrue();
		}

		@ParameterizedTest
		@MethodSource("valuesOfLength128")
		void valueOf129BytesIsNotSafelisted(String name, String value128) {
			String value = value128 + (name.equals("Range") ? "9" : "a");
			assertThat(value).hasSize(129);
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, value)).isFalse();
		}
	}

	@Nested
	class OtherRequestHeaders {

		@ParameterizedTest
		@ValueSource(strings = {"X-Custom-Header", "Authorization", "Content-Encoding", "Cache-Control", "Pragma",
				"If-None-Match", "X-Requested-With", "Accept-Languages", "Content-Type2"})
		void headerOutsideTheSafelistIsNeverSafelisted(String name) {
			assertThat(CorsSafelist.isCorsSafelistedRequestHeader(name, "1")).isFalse();
		}
	}

	@Nested
	class UnsafeNames {

		@Test
		void noHeadersHaveNoUnsafeNames() {
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(List.of())).isEmpty();
		}

		@Test
		void safelistedHeadersHaveNoUnsafeNames() {
			List<HeaderField> headers = List.of(
					new HeaderField("Accept", "*/*"),
					new HeaderField("Accept-Language", "en"),
					new HeaderField("Content-Type", "text/plain"),
					new HeaderField("Range", "bytes=0-"));
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers)).isEmpty();
		}

		@Test
		void unsafeNamesAreLowercasedSortedAndDeDuplicated() {
			List<HeaderField> headers = List.of(
					new HeaderField("X-B", "1"),
					new HeaderField("x-a", "1"),
					new HeaderField("Accept", "*/*"),
					new HeaderField("X-A", "2"),
					new HeaderField("Authorization", "Bearer t"));
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers))
					.containsExactly("authorization", "x-a", "x-b");
		}

		@Test
		void safelistedNameWithUnsafeValueIsUnsafe() {
			List<HeaderField> headers = List.of(
					new HeaderField("Content-Type", "application/json"),
					new HeaderField("Accept", "*/*"));
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers)).containsExactly("content-type");
		}

		@Test
		void safelistedValuesTotallingExactly1024BytesStaySafe() {
			List<HeaderField> headers = languageHeaders(8, 128);
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers)).isEmpty();
		}

		@Test
		void safelistedValuesTotallingMoreThan1024BytesMakeAllSafelistedNamesUnsafe() {
			List<HeaderField> headers = new ArrayList<>(languageHeaders(8, 128));
			headers.add(new HeaderField("Accept", "a"));
			headers.add(new HeaderField("X-Unsafe", "1"));
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers))
					.containsExactly("accept", "accept-language", "x-unsafe");
		}

		@Test
		void valuesOfUnsafeHeadersDoNotCountTowardsThe1024ByteTotal() {
			List<HeaderField> headers = new ArrayList<>(languageHeaders(8, 128));
			headers.add(new HeaderField("Content-Type", "application/json"));
			headers.add(new HeaderField("X-Long", "x".repeat(500)));
			assertThat(CorsSafelist.corsUnsafeRequestHeaderNames(headers))
					.containsExactly("content-type", "x-long");
		}

		@Test
		void resultIsImmutable() {
			List<String> names = CorsSafelist.corsUnsafeRequestHeaderNames(List.of(new HeaderField("X-A", "1")));
			assertThatThrownBy(() -> names.add("x-b"))
					.isInstanceOf(UnsupportedOperationException.class);
		}

		private List<HeaderField> languageHeaders(int count, int valueLength) {
			List<HeaderField> headers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				headers.add(new HeaderField("Accept-Language", "a".repeat(valueLength)));
			}
			return headers;
		}
	}

	@Nested
	class ResponseHeaderNames {

		@ParameterizedTest
		@ValueSource(strings = {"Cache-Control", "content-language", "CONTENT-LENGTH", "Content-Type", "Expires",
				"Last-Modified", "pragma"})
		void sevenNamesAreCorsSafelistedResponseHeaderNamesInAnyCase(String name) {
			assertThat(CorsSafelist.isCorsSafelistedResponseHeaderName(name)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Content-Encoding", "Content-Disposition", "ETag", "Set-Cookie", "X-Request-Id",
				"Access-Control-Allow-Origin", "Date", "Vary"})
		void otherNamesAreNotCorsSafelistedResponseHeaderNames(String name) {
			assertThat(CorsSafelist.isCorsSafelistedResponseHeaderName(name)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Set-Cookie", "set-cookie", "SET-COOKIE2", "Set-Cookie2"})
		void setCookieAndSetCookie2AreForbiddenResponseHeaderNames(String name) {
			assertThat(CorsSafelist.isForbiddenResponseHeaderName(name)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Cookie", "Set-Cookie3", "X-Set-Cookie", "Content-Type"})
		void otherNamesAreNotForbiddenResponseHeaderNames(String name) {
			assertThat(CorsSafelist.isForbiddenResponseHeaderName(name)).isFalse();
		}
	}

	@Nested
	class NonWildcardNames {

		@ParameterizedTest
		@ValueSource(strings = {"Authorization", "authorization", "AUTHORIZATION"})
		void authorizationIsACorsNonWildcardRequestHeaderName(String name) {
			assertThat(CorsSafelist.isCorsNonWildcardRequestHeaderName(name)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Proxy-Authorization", "X-Authorization", "Cookie", "WWW-Authenticate"})
		void otherNamesAreNotCorsNonWildcardRequestHeaderNames(String name) {
			assertThat(CorsSafelist.isCorsNonWildcardRequestHeaderName(name)).isFalse();
		}
	}

	@Nested
	class ForbiddenRequestHeaderNames {

		@ParameterizedTest
		@ValueSource(strings = {"Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers",
				"Access-Control-Request-Method", "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT",
				"Expect", "Host", "Keep-Alive", "Origin", "Referer", "Set-Cookie", "TE", "Trailer",
				"Transfer-Encoding", "Upgrade", "Via"})
		void listedNamesAreForbiddenInAnyCase(String name) {
			assertThat(CorsSafelist.isForbiddenRequestHeaderName(name)).isTrue();
			assertThat(CorsSafelist.isForbiddenRequestHeaderName(name.toLowerCase(Locale.ROOT))).isTrue();
			assertThat(CorsSafelist.isForbiddenRequestHeaderName(name.toUpperCase(Locale.ROOT))).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Proxy-Authorization", "proxy-connection", "PROXY-X", "Sec-Fetch-Mode", "sec-ch-ua",
				"SEC-"})
		void proxyAndSecPrefixedNamesAreForbidden(String name) {
			assertThat(CorsSafelist.isForbiddenRequestHeaderName(name)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = {"Accept", "Authorization", "Content-Type", "X-Custom-Header", "Secret", "Proxy",
				"X-Sec-Token", "X-Proxy-Id", "Access-Control-Request-Private-Network2", "Referrer"})
		void otherNamesAreNotForbidden(String name) {
			assertThat(CorsSafelist.isForbiddenRequestHeaderName(name)).isFalse();
		}

		@Test
		void namesAreComparedByteCaseInsensitivelyNotByUnicodeCaseFolding() {
			// U+212A KELVIN SIGN lowercases to 'k' in Unicode, but byte-lowercasing touches A-Z only.
			assertThat(CorsSafelist.isForbiddenRequestHeaderName("\u212Aeep-Alive")).isFalse();
			assertThat(CorsSafelist.isForbiddenRequestHeaderName("Keep-Alive")).isTrue();
		}

		@Test
		void methodOverrideHeadersAreNotForbiddenByName() {
			// Fetch forbids them only when their value names a forbidden method; not modelled.
			assertThat(CorsSafelist.isForbiddenRequestHeaderName("X-HTTP-Method-Override")).isFalse();
			assertThat(CorsSafelist.isForbiddenRequestHeaderName("X-HTTP-Method")).isFalse();
			assertThat(CorsSafelist.isForbiddenRequestHeaderName("X-Method-Override")).isFalse();
		}
	}
}
