package io.crossorigin.cors.browser;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.http.HttpTokens;

/**
 * The parsers behind the value rules of {@link CorsSafelist}: MIME Sniffing's "parse a MIME type"
 * up to the essence, and Fetch's "parse a single range header value".
 */
final class SafelistedValues {

	private SafelistedValues() {
	}

	/**
	 * MIME Sniffing "parse a MIME type", up to the essence (parameters can never make parsing
	 * fail): the lowercased "type/subtype", or null on failure.
	 */
	static @Nullable String mimeTypeEssence(String value) {
		String input = HttpChars.trimHttpWhitespace(value);
		int slash = input.indexOf('/');
		if (slash < 0) {
			return null;
		}
		String type = input.substring(0, slash);
		int semicolon = input.indexOf(';', slash + 1);
		String subtype = input.substring(slash + 1, semicolon < 0 ? input.length() : semicolon);
		subtype = trimTrailingHttpWhitespace(subtype);
		if (!HttpTokens.isToken(type) || !HttpTokens.isToken(subtype)) {
			return null;
		}
		return AsciiCase.toLowerCase(type) + "/" + AsciiCase.toLowerCase(subtype);
	}

	private static String trimTrailingHttpWhitespace(String s) {
		int end = s.length();
		while (end > 0 && HttpChars.isHttpWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

	/**
	 * Fetch "parse a single range header value" with allowWhitespace false, then the safelist rule
	 * that the range start must be present.
	 */
	static boolean isSafelistedRange(String value) {
		if (!value.startsWith("bytes=")) {
			return false;
		}
		int position = "bytes=".length();
		int startEnd = skipDigits(value, position);
		String start = value.substring(position, startEnd);
		if (startEnd >= value.length() || value.charAt(startEnd) != '-') {
			return false;
		}
		int endStart = startEnd + 1;
		int endEnd = skipDigits(value, endStart);
		String end = value.substring(endStart, endEnd);
		if (endEnd != value.length()) {
			return false;
		}
		if (start.isEmpty()) {
			return false; // a suffix range (bytes=-500), or no range at all
		}
		return end.isEmpty() || compareDecimal(start, end) <= 0;
	}

	private static int skipDigits(String s, int from) {
		int i = from;
		while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	/** Compares two non-empty ASCII digit strings as numbers of any size. */
	private static int compareDecimal(String a, String b) {
		String x = stripLeadingZeros(a);
		String y = stripLeadingZeros(b);
		if (x.length() != y.length()) {
			return Integer.compare(x.length(), y.length());
		}
		return x.compareTo(y);
	}

	private static String stripLeadingZeros(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

}
