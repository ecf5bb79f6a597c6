package io.crossorigin.cors.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * Byte-level helpers shared by the package: ASCII-only case handling (never locale- or
 * Unicode-dependent), RFC 9110 tokens and Fetch's HTTP whitespace.
 */
final class HttpChars {

    private HttpChars() {
    }

    /** Fetch "byte-lowercase": lowercases A-Z only. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    char d = chars[j];
                    if (d >= 'A' && d <= 'Z') {
                        chars[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }

    /** Fetch "byte-uppercase": uppercases a-z only. */
    static String upper(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Fetch "byte-case-insensitive match": equal after lowercasing A-Z only. */
    static boolean equalsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && lowerChar(x) != lowerChar(y)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerChar(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** RFC 9110 {@code tchar}. */
    static boolean isTchar(char c) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return true;
        }
        return switch (c) {
            case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' -> true;
            default -> false;
        };
    }

    /** RFC 9110 {@code token}: one or more {@code tchar}. */
    static boolean isToken(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTchar(s.charAt(i))) {
                return false;
            }
        }
        return true;
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

    /**
     * The items of an RFC 9110 comma-separated list ({@code #element}): split on commas, each item
     * stripped of leading and trailing HTTP tab or space, empty items ignored.
     */
    static List<String> listItems(String value) {
        List<String> items = new ArrayList<>();
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String item = trimHttpTabOrSpace(value.substring(start, end));
            if (!item.isEmpty()) {
                items.add(item);
            }
            start = end + 1;
        }
        return items;
    }

    /** The first item of {@link #listItems(String)} that is not a token, or null when all are. */
    static String firstNonTokenItem(String value) {
        for (String item : listItems(value)) {
            if (!isToken(item)) {
                return item;
            }
        }
        return null;
    }

    /** Whether {@code items} holds a byte-case-insensitive match for {@code name}. */
    static boolean containsIgnoreCase(List<String> items, String name) {
        for (String item : items) {
            if (equalsIgnoreCase(item, name)) {
                return true;
            }
        }
        return false;
    }
}
