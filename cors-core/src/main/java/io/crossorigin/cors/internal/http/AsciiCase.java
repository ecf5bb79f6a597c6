package io.crossorigin.cors.internal.http;

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
	 * Whether two regions are equal ignoring the case of ASCII letters only (unlike
	 * {@link String#regionMatches(boolean, int, String, int, int)}, which also folds letters such as
	 * the Kelvin sign into ASCII ones).
	 * @param a the first string
	 * @param aFrom where the region starts in {@code a}
	 * @param b the second string
	 * @param bFrom where the region starts in {@code b}
	 * @param length the region's length
	 * @return true if both regions exist and are equal
	 */
	public static boolean regionMatches(String a, int aFrom, String b, int bFrom, int length) {
		if (aFrom < 0 || bFrom < 0 || aFrom + length > a.length() || bFrom + length > b.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char x = a.charAt(aFrom + i);
			char y = b.charAt(bFrom + i);
			if (x != y && toLowerCase(x) != toLowerCase(y)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether two strings are equal ignoring the case of ASCII letters only.
	 * @param a the first string
	 * @param b the second string
	 * @return true if equal
	 */
	public static boolean equalsIgnoreCase(String a, String b) {
		return a.length() == b.length() && regionMatches(a, 0, b, 0, a.length());
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
