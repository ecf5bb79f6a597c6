package io.crossorigin.cors.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * An immutable set of header names, compared ASCII-case-insensitively, that can be probed with a
 * region of a larger string: checking each name of an {@code Access-Control-Request-Headers} value
 * needs no substring and allocates nothing.
 */
public final class HeaderNameSet {

	/** What {@link #checkList(String, boolean)} found. */
	public enum ListCheck {

		/** Every element is a token the set holds, and there is at least one. */
		ALL_HELD,

		/** No element: the list is empty, or only commas and white space. */
		EMPTY,

		/** An element is not a token, and every element before it is held. */
		MALFORMED,

		/** An element is a token the set does not hold, and every element before it is held. */
		NOT_HELD

	}

	/** The names in lower case, as ASCII bytes. */
	private final byte[][] slots;

	/** Each slot's {@link #hash}, compared before the characters. */
	private final int[] hashes;

	private final int mask;

	private final int size;

	private HeaderNameSet(byte[][] slots, int[] hashes, int size) {
		this.slots = slots;
		this.hashes = hashes;
		this.mask = slots.length - 1;
		this.size = size;
	}

	/**
	 * Creates a set of the given names (which must be ASCII tokens; duplicates collapse).
	 * @param names the header names
	 * @return the set
	 */
	public static HeaderNameSet of(Collection<String> names) {
		int capacity = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
		byte[][] slots = new byte[capacity][];
		int[] hashes = new int[capacity];
		int size = 0;
		for (String name : names) {
			String lower = AsciiCase.toLowerCase(name);
			int hash = hash(lower, 0, lower.length());
			int slot = hash & (capacity - 1);
			while (slots[slot] != null
					&& !(slots[slot].length == lower.length() && equalsIgnoreCase(slots[slot], lower, 0))) {
				slot = (slot + 1) & (capacity - 1);
			}
			if (slots[slot] == null) {
				slots[slot] = lower.getBytes(StandardCharsets.US_ASCII);
				hashes[slot] = hash;
				size++;
			}
		}
		return new HeaderNameSet(slots, hashes, size);
	}

	/**
	 * Whether the set holds {@code s[from, to)}, ignoring ASCII case.
	 * @param s the text holding the name
	 * @param from the first index, inclusive
	 * @param to the last index, exclusive
	 * @return true if the name is in the set
	 */
	public boolean contains(String s, int from, int to) {
		return contains(s, from, to, hash(s, from, to));
	}

	/**
	 * Whether the set holds {@code name}, ignoring ASCII case.
	 * @param name the header name
	 * @return true if the name is in the set
	 */
	public boolean contains(String name) {
		return contains(name, 0, name.length());
	}

	/**
	 * Checks a comma-separated list of header names (as {@link FieldList} reads lists) in one pass
	 * that splits it, checks each element is a token and hashes it without regard to case, and
	 * looks each up as it ends, up to the first element that fails. What it decides is what walking
	 * the list with {@link FieldList#firstResult}, {@link HttpTokens#isToken(String, int, int)} and
	 * {@link #contains(String, int, int)} decides, reading each character once instead of four times.
	 * @param list the list, e.g. an {@code Access-Control-Request-Headers} value
	 * @param anyName whether any token passes, held or not
	 * @return what the list holds
	 */
	public ListCheck checkList(String list, boolean anyName) {
		int length = list.length();
		boolean found = false;
		int i = 0;
		while (true) {
			// white space and empty elements before the next name
			while (i < length && (HttpTokens.isWhitespace(list.charAt(i)) || list.charAt(i) == ',')) {
				i++;
			}
			if (i == length) {
				return found ? ListCheck.ALL_HELD : ListCheck.EMPTY;
			}
			int from = i;
			int hash = 0;
			char c;
			while (i < length && HttpTokens.isTokenChar(c = list.charAt(i))) {
				hash = 31 * hash + AsciiCase.toLowerCase(c);
				i++;
			}
			int to = i;
			while (i < length && HttpTokens.isWhitespace(list.charAt(i))) {
				i++;
			}
			if (to == from || (i < length && list.charAt(i) != ',')) {
				// the element holds a character that is neither a token's nor white space around it
				return ListCheck.MALFORMED;
			}
			if (!anyName && !contains(list, from, to, spread(hash))) {
				return ListCheck.NOT_HELD;
			}
			found = true;
		}
	}

	/**
	 * The number of distinct names.
	 * @return the size
	 */
	public int size() {
		return this.size;
	}

	private boolean contains(String s, int from, int to, int hash) {
		int length = to - from;
		int slot = hash & this.mask;
		byte[] candidate;
		while ((candidate = this.slots[slot]) != null) {
			if (this.hashes[slot] == hash && candidate.length == length && equalsIgnoreCase(candidate, s, from)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	/** Whether {@code s} holds the lower-case {@code name} at {@code from}, ignoring ASCII case. */
	private static boolean equalsIgnoreCase(byte[] name, String s, int from) {
		for (int i = 0; i < name.length; i++) {
			if (name[i] != AsciiCase.toLowerCase(s.charAt(from + i))) {
				return false;
			}
		}
		return true;
	}

	private static int hash(String s, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + AsciiCase.toLowerCase(s.charAt(i));
		}
		return spread(h);
	}

	private static int spread(int h) {
		return h ^ (h >>> 16);
	}

}
