package io.crossorigin.cors.internal.http;

import java.util.Collection;

/**
 * An immutable set of header names, compared ASCII-case-insensitively, that can be probed with a
 * region of a larger string: checking each name of an {@code Access-Control-Request-Headers} value
 * needs no substring and allocates nothing.
 */
public final class HeaderNameSet {

	private final String[] slots;

	private final int mask;

	private final int size;

	private HeaderNameSet(String[] slots, int size) {
		this.slots = slots;
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
		String[] slots = new String[capacity];
		int size = 0;
		for (String name : names) {
			String lower = AsciiCase.toLowerCase(name);
			int slot = hash(lower, 0, lower.length()) & (capacity - 1);
			while (slots[slot] != null && !slots[slot].equals(lower)) {
				slot = (slot + 1) & (capacity - 1);
			}
			if (slots[slot] == null) {
				slots[slot] = lower;
				size++;
			}
		}
		return new HeaderNameSet(slots, size);
	}

	/**
	 * Whether the set holds {@code s[from, to)}, ignoring ASCII case.
	 * @param s the text holding the name
	 * @param from the first index, inclusive
	 * @param to the last index, exclusive
	 * @return true if the name is in the set
	 */
	public boolean contains(String s, int from, int to) {
		int length = to - from;
		int slot = hash(s, from, to) & this.mask;
		String candidate;
		while ((candidate = this.slots[slot]) != null) {
			if (candidate.length() == length && AsciiCase.regionMatches(candidate, 0, s, from, length)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
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
	 * The number of distinct names.
	 * @return the size
	 */
	public int size() {
		return this.size;
	}

	private static int hash(String s, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + AsciiCase.toLowerCase(s.charAt(i));
		}
		return h ^ (h >>> 16);
	}

}
