package io.crossorigin.cors.internal.origin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * An open-addressing set of strings probed with the concatenation of two regions of a request's
 * origin, e.g. {@code "https://"} and {@code ".example.com"}: no substring is built, and a probe
 * costs the same however many keys the table holds. Each slot keeps its key's hash beside it, so
 * that a probe compares characters only with a key of the same hash, and the key as ASCII bytes:
 * a loop over a byte array and {@code charAt} compares a short key several times faster than two
 * {@link String#regionMatches(int, String, int, int)} calls did (a subdomain decision spent 40 ns
 * comparing its 20-character key).
 */
final class OriginKeyTable {

	static final OriginKeyTable EMPTY = new OriginKeyTable(new byte[1][], new int[1]);

	/** {@code 31^n} for every length an origin can have: the factor that appends n characters to a hash. */
	private static final int[] POWERS = new int[OriginSyntax.MAX_LENGTH + 1];

	static {
		POWERS[0] = 1;
		for (int n = 1; n < POWERS.length; n++) {
			POWERS[n] = POWERS[n - 1] * 31;
		}
	}

	/** Each key's characters, which are ASCII: a canonical origin's. */
	private final byte[][] slots;

	private final int[] hashes;

	private final int mask;

	private OriginKeyTable(byte[][] slots, int[] hashes) {
		this.slots = slots;
		this.hashes = hashes;
		this.mask = slots.length - 1;
	}

	static OriginKeyTable of(Collection<String> keys) {
		if (keys.isEmpty()) {
			return EMPTY;
		}
		int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
		byte[][] slots = new byte[capacity][];
		int[] hashes = new int[capacity];
		for (String key : keys) {
			byte[] bytes = key.getBytes(StandardCharsets.US_ASCII);
			int slot = spread(key.hashCode()) & (capacity - 1);
			while (slots[slot] != null && !Arrays.equals(slots[slot], bytes)) {
				slot = (slot + 1) & (capacity - 1);
			}
			slots[slot] = bytes;
			hashes[slot] = key.hashCode();
		}
		return new OriginKeyTable(slots, hashes);
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
			if (this.slots[i] != null) {
				int home = spread(this.hashes[i]) & this.mask;
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
		int length = prefixEnd + suffixEnd - suffixStart;
		int slot = spread(hash) & this.mask;
		byte[] key;
		while ((key = this.slots[slot]) != null) {
			if (this.hashes[slot] == hash && key.length == length && equals(key, s, prefixEnd, suffixStart)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	/** Whether {@code key} holds {@code s[0, prefixEnd)} followed by as many characters of {@code s} from {@code suffixStart}. */
	private static boolean equals(byte[] key, String s, int prefixEnd, int suffixStart) {
		for (int i = 0; i < prefixEnd; i++) {
			if (key[i] != s.charAt(i)) {
				return false;
			}
		}
		int shift = suffixStart - prefixEnd;
		for (int i = prefixEnd; i < key.length; i++) {
			if (key[i] != s.charAt(i + shift)) {
				return false;
			}
		}
		return true;
	}

	/** The {@link String#hashCode()} of {@code s[from, to)} appended to a text whose hash is {@code seed}. */
	static int hash(String s, int from, int to, int seed) {
		int h = seed;
		for (int i = from; i < to; i++) {
			h = 31 * h + s.charAt(i);
		}
		return h;
	}

	/** The {@link String#hashCode()} of a text of hash {@code hash} followed by {@code length} characters of hash {@code appended}. */
	static int append(int hash, int appended, int length) {
		return hash * POWERS[length] + appended;
	}

	private static int spread(int h) {
		return h ^ (h >>> 16);
	}

}
