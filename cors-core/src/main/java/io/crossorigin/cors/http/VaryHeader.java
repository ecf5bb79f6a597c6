package io.crossorigin.cors.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges tokens into a {@code Vary} value without repeating any token (compared ignoring ASCII case),
 * and leaves {@code Vary: *} alone since it already covers every request header.
 */
public final class VaryHeader {

	private VaryHeader() {
	}

	/**
	 * The {@code Vary} value that covers both {@code existing} and {@code added}.
	 * @param existing the response's current {@code Vary} value (repeated fields combined with commas),
	 * or null
	 * @param added the comma-separated tokens to add
	 * @return the value to set, or null when {@code existing} already covers every added token
	 */
	public static String merge(String existing, String added) {
		if (existing == null || isBlank(existing)) {
			return added;
		}
		if (containsToken(existing, "*")) {
			return null;
		}
		if (coversAll(existing, added)) {
			return null;
		}
		Map<String, String> tokens = new LinkedHashMap<>();
		collect(existing, tokens);
		collect(added, tokens);
		return String.join(", ", tokens.values());
	}

	/**
	 * Whether the comma-separated list {@code value} holds {@code token}, ignoring ASCII case.
	 * @param value a comma-separated list
	 * @param token the token to look for
	 * @return true if present
	 */
	public static boolean containsToken(String value, String token) {
		int start = 0;
		int length = value.length();
		while (start <= length) {
			int comma = value.indexOf(',', start);
			int end = (comma < 0) ? length : comma;
			int from = trimStart(value, start, end);
			int to = trimEnd(value, from, end);
			if (to - from == token.length() && AsciiCase.regionMatches(value, from, token, 0, token.length())) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}

	private static boolean coversAll(String existing, String added) {
		for (String token : added.split(",")) {
			String trimmed = token.trim();
			if (!trimmed.isEmpty() && !containsToken(existing, trimmed)) {
				return false;
			}
		}
		return true;
	}

	private static void collect(String value, Map<String, String> tokens) {
		for (String token : value.split(",")) {
			String trimmed = token.trim();
			if (!trimmed.isEmpty()) {
				tokens.putIfAbsent(AsciiCase.toLowerCase(trimmed), trimmed);
			}
		}
	}

	private static boolean isBlank(String s) {
		return trimStart(s, 0, s.length()) == s.length();
	}

	static int trimStart(String s, int from, int to) {
		while (from < to && HttpTokens.isWhitespace(s.charAt(from))) {
			from++;
		}
		return from;
	}

	static int trimEnd(String s, int from, int to) {
		while (to > from && HttpTokens.isWhitespace(s.charAt(to - 1))) {
			to--;
		}
		return to;
	}

}
