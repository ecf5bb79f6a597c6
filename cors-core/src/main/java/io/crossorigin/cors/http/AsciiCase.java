package io.crossorigin.cors.http;

/**
 * ASCII-only case mapping: HTTP names and origins are ASCII, and {@link String#toLowerCase()} would
 * apply locale and Unicode rules that have no place in a protocol.
 */
public final class AsciiCase {

	private AsciiCase() {
	}

	/**
	 * Lower-cases one ASCII letter; any other character is returned unchanged.
	 * @param c the character
	 * @return its ASCII lower case
	 */
	public static char toLowerCase(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
	}

	/**
	 * Lower-cases the ASCII letters of {@code s}, returning {@code s} itself when it has none.
	 * @param s the text
	 * @return the text in ASCII lower case
	 */
	public static String toLowerCase(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				char[] chars = s.toCharArray();
				for (int j = i; j < chars.length; j++) {
					chars[j] = toLowerCase(chars[j]);
				}
				return new String(chars);
			}
		}
		return s;
	}

	/**
	 * Upper-cases the ASCII letters of {@code s}.
	 * @param s the text
	 * @return the text in ASCII upper case
	 */
	public static String toUpperCase(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= 'a' && c <= 'z') {
				chars[i] = (char) (c - ('a' - 'A'));
			}
		}
		return new String(chars);
	}

}
