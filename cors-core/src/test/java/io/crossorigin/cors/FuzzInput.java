package io.crossorigin.cors;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the fuzz tests read their raw input: every byte is one character (ISO-8859-1, as servlet
 * containers decode header bytes), control bytes included, and lines are fields. Seeds are then
 * plain text files that say what they test.
 */
public final class FuzzInput {

	private FuzzInput() {
	}

	/**
	 * The input as text, one character per byte.
	 * @param input the fuzzer's bytes
	 * @return the text
	 */
	public static String text(byte[] input) {
		return new String(input, StandardCharsets.ISO_8859_1);
	}

	/**
	 * The input's lines, split on line feeds, empty ones kept.
	 * @param input the fuzzer's bytes
	 * @return the fields
	 */
	public static List<String> fields(byte[] input) {
		return List.of(text(input).split("\n", -1));
	}

	/**
	 * A field, or null when the input has fewer.
	 * @param fields the fields
	 * @param index which
	 * @return the field or null
	 */
	public static String field(List<String> fields, int index) {
		return (index < fields.size()) ? fields.get(index) : null;
	}

}
