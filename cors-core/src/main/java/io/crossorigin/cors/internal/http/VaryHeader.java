package io.crossorigin.cors.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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
	public static @Nullable String merge(@Nullable String existing, String added) {
		if (existing == null || FieldList.isEmpty(existing)) {
			return added;
		}
		if (FieldList.containsIgnoreCase(existing, "*")) {
			return null;
		}
		if (FieldList.firstResult(added, existing, VaryHeader::missing) == null) {
			return null;
		}
		Map<String, String> tokens = new LinkedHashMap<>();
		collect(existing, tokens);
		collect(added, tokens);
		return String.join(", ", tokens.values());
	}

	/**
	 * The {@code Vary} value that covers both values, each token once (compared ignoring ASCII
	 * case), in the order first seen; {@code *} alone when either holds it.
	 * @param first a {@code Vary} value, or null
	 * @param second another, or null
	 * @return the union, or null when neither holds a token
	 */
	public static @Nullable String union(@Nullable String first, @Nullable String second) {
		Map<String, String> tokens = new LinkedHashMap<>();
		if (first != null) {
			collect(first, tokens);
		}
		if (second != null) {
			collect(second, tokens);
		}
		if (tokens.containsKey("*")) {
			return "*";
		}
		return tokens.isEmpty() ? null : String.join(", ", tokens.values());
	}

	/**
	 * Whether the comma-separated list {@code value} holds {@code token}, ignoring ASCII case.
	 * @param value a comma-separated list
	 * @param token the token to look for
	 * @return true if present
	 */
	public static boolean containsToken(String value, String token) {
		return FieldList.containsIgnoreCase(value, token);
	}

	/** An added token that {@code existing} lacks, or null. */
	private static @Nullable Boolean missing(String existing, String added, int from, int to) {
		return FieldList.containsIgnoreCase(existing, added.substring(from, to)) ? null : Boolean.TRUE;
	}

	private static void collect(String value, Map<String, String> tokens) {
		for (String token : FieldList.elements(value)) {
			tokens.putIfAbsent(AsciiCase.toLowerCase(token), token);
		}
	}

}
