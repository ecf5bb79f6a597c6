package io.crossorigin.cors.internal.http;

/**
 * Character classes of HTTP (RFC 9110): tokens, which method and header names must be, and
 * optional white space.
 */
public final class HttpTokens {

	private static final boolean[] TCHAR = new boolean[128];

	static {
		for (char c = '0'; c <= '9'; c++) {
			TCHAR[c] = true;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			TCHAR[c] = true;
			TCHAR[c - 'a' + 'A'] = true;
		}
		for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
			TCHAR[c] = true;
		}
	}

	private HttpTokens() {
	}

	/**
	 * Whether {@code c} is an RFC 9110 {@code tchar}.
	 * @param c the character
	 * @return true for a token character
	 */
	public static boolean isTokenChar(char c) {
		return c < 128 && TCHAR[c];
	}

	/**
	 * Whether {@code s} is a non-empty RFC 9110 token.
	 * @param s the text, may be null
	 * @return true for a token
	 */
	public static boolean isToken(String s) {
		return s != null && isToken(s, 0, s.length());
	}

	/**
	 * Whether {@code s[from, to)} is a non-empty RFC 9110 token.
	 * @param s the text
	 * @param from the first index, inclusive
	 * @param to the last index, exclusive
	 * @return true for a token
	 */
	public static boolean isToken(String s, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!isTokenChar(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@code c} is HTTP optional white space (space or horizontal tab).
	 * @param c the character
	 * @return true for OWS
	 */
	public static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

}
