package io.crossorigin.cors.browser;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.http.FieldList;
import io.crossorigin.cors.internal.http.HttpTokens;

/**
 * Byte-level helpers shared by the package: ASCII-only case handling (never locale- or
 * Unicode-dependent), RFC 9110 tokens and Fetch's HTTP whitespace.
 */
final class HttpChars {

	private HttpChars() {
	}

	/** Fetch "HTTP tab or space": U+0009 or U+0020. */
	static boolean isHttpTabOrSpace(char c) {
		return c == '\t' || c == ' ';
	}

	/** Fetch "HTTP whitespace": LF, CR, TAB or SPACE. */
	static boolean isHttpWhitespace(char c) {
		return c == '\n' || c == '\r' || isHttpTabOrSpace(c);
	}

	/** Removes leading and trailing HTTP tab or space. */
	static String trimHttpTabOrSpace(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isHttpTabOrSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isHttpTabOrSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	/** Removes leading and trailing HTTP whitespace (Fetch "normalize" of a header value). */
	static String trimHttpWhitespace(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isHttpWhitespace(s.charAt(start))) {
			start++;
		}
		while (end > start && isHttpWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	/** The items of an RFC 9110 comma-separated list, as {@link FieldList} parses every list. */
	static List<String> listItems(String value) {
		return FieldList.elements(value);
	}

	/** The first item of {@link #listItems(String)} that is not a token, or null when all are. */
	static @Nullable String firstNonTokenItem(String value) {
		for (String item : listItems(value)) {
			if (!HttpTokens.isToken(item)) {
				return item;
			}
		}
		return null;
	}

	/** Whether {@code items} holds a byte-case-insensitive match for {@code name}. */
	static boolean containsIgnoreCase(List<String> items, String name) {
		for (String item : items) {
			if (AsciiCase.equalsIgnoreCase(item, name)) {
				return true;
			}
		}
		return false;
	}
}
