package io.crossorigin.cors.internal.origin;

import java.util.Collection;

/**
 * An open-addressing set of strings probed with the concatenation of two regions of a request's
 * origin, e.g. {@code "https://"} and {@code ".example.com"}: no substring is built, and a probe
 * costs the same however many keys the table holds.
 */
final class OriginKeyTable {

	private static final OriginKeyTable EMPTY = new OriginKeyTable(new String[1]);

	private final String[] slots;

	private final int mask;

	private OriginKeyTable(String[] slots) {
		this.slots = slots;
		this.mask = slots.length - 1;
	}

	static OriginKeyTable of(Collection<String> keys) {
		if (keys.isEmpty()) {
			return EMPTY;
		}
		int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
		String[] slots = new String[capacity];
		for (String key : keys) {
			int slot = spread(key.hashCode()) & (capacity - 1);
			while (slots[slot] != null && !slots[slot].equals(key)) {
				slot = (slot + 1) & (capacity - 1);
			}
			slots[slot] = key;
		}
		return new OriginKeyTable(slots);
	}

	boolean isEmpty() {
		return this == EMPTY;
	}

	/**
	 * The most slots any key's lookup visits before it is found: what a lookup of a held key
	 * costs at worst, whatever the number of keys.
	 */
	int longestProbe() {
		int longest = 0;
		for (int i = 0; i < this.slots.length; i++) {
			String key = this.slots[i];
			if (key != null) {
				int home = spread(key.hashCode()) & this.mask;
				longest = Math.max(longest, ((i - home) & this.mask) + 1);
			}
		}
		return longest;
	}

	/**
	 * Whether the table holds {@code s[0, prefixEnd) + s[suffixStart, suffixEnd)}.
	 * @param hash the {@link String#hashCode()} of that concatenation
	 */
	boolean contains(String s, int prefixEnd, int suffixStart, int suffixEnd, int hash) {
		int suffixLength = suffixEnd - suffixStart;
		int slot = spread(hash) & this.mask;
		String key;
		while ((key = this.slots[slot]) != null) {
			if (key.length() == prefixEnd + suffixLength && key.regionMatches(0, s, 0, prefixEnd)
					&& key.regionMatches(prefixEnd, s, suffixStart, suffixLength)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	static int hash(String s, int from, int to, int seed) {
		int h = seed;
		for (int i = from; i < to; i++) {
			h = 31 * h + s.charAt(i);
		}
		return h;
	}

	private static int spread(int h) {
		return h ^ (h >>> 16);
	}

}
