package io.crossorigin.cors.internal.origin;

import org.jspecify.annotations.Nullable;

/**
 * Parses an IPv6 address and serializes it the way the WHATWG URL standard (and so every browser)
 * does: lower-case hex without leading zeros, the first longest run of two or more zero pieces
 * compressed to {@code ::}.
 */
final class Ipv6Address {

	private Ipv6Address() {
	}

	/**
	 * Canonical form of an address written without brackets.
	 * @param text the address, e.g. {@code 0:0:0:0:0:0:0:1}
	 * @return the canonical form, e.g. {@code ::1}, or null if {@code text} is no IPv6 address
	 */
	static @Nullable String canonical(String text) {
		int[] pieces = parse(text);
		return (pieces != null) ? serialize(pieces) : null;
	}

	private static int @Nullable [] parse(String s) {
		int[] pieces = new int[8];
		int pieceIndex = 0;
		int compress = -1;
		int i = 0;
		int length = s.length();
		if (length == 0) {
			return null;
		}
		if (s.charAt(0) == ':') {
			if (!s.startsWith("::")) {
				return null;
			}
			i = 2;
			compress = 0;
			pieceIndex = 0;
		}
		while (i < length) {
			if (pieceIndex == 8) {
				return null;
			}
			if (s.charAt(i) == ':') {
				if (compress >= 0) {
					return null;
				}
				i++;
				compress = pieceIndex;
				continue;
			}
			int value = 0;
			int digits = 0;
			while (digits < 4 && i < length && Character.digit(s.charAt(i), 16) >= 0) {
				value = value * 16 + Character.digit(s.charAt(i), 16);
				i++;
				digits++;
			}
			if (i < length && s.charAt(i) == '.') {
				// embedded IPv4 in the last 32 bits
				if (digits == 0 || pieceIndex > 6) {
					return null;
				}
				i -= digits;
				int[] ipv4 = parseIpv4(s.substring(i));
				if (ipv4 == null) {
					return null;
				}
				pieces[pieceIndex++] = ipv4[0] << 8 | ipv4[1];
				pieces[pieceIndex++] = ipv4[2] << 8 | ipv4[3];
				i = length;
				break;
			}
			if (digits == 0) {
				return null;
			}
			if (i < length) {
				if (s.charAt(i) != ':') {
					return null;
				}
				i++;
				if (i == length) {
					return null;
				}
			}
			pieces[pieceIndex++] = value;
		}
		if (compress >= 0) {
			int swaps = pieceIndex - compress;
			int target = 7;
			while (target != 0 && swaps > 0) {
				int from = compress + swaps - 1;
				int tmp = pieces[target];
				pieces[target] = pieces[from];
				pieces[from] = tmp;
				target--;
				swaps--;
			}
		}
		else if (pieceIndex != 8) {
			return null;
		}
		return pieces;
	}

	private static int @Nullable [] parseIpv4(String s) {
		String[] parts = s.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		int[] bytes = new int[4];
		for (int i = 0; i < 4; i++) {
			String part = parts[i];
			if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
				return null;
			}
			for (int j = 0; j < part.length(); j++) {
				if (!OriginSyntax.isDigit(part.charAt(j))) {
					return null;
				}
			}
			bytes[i] = Integer.parseInt(part);
			if (bytes[i] > 255) {
				return null;
			}
		}
		return bytes;
	}

	private static String serialize(int[] pieces) {
		int compressStart = -1;
		int longest = 1;
		for (int i = 0; i < 8; i++) {
			if (pieces[i] == 0) {
				int j = i;
				while (j < 8 && pieces[j] == 0) {
					j++;
				}
				if (j - i > longest) {
					longest = j - i;
					compressStart = i;
				}
				i = j;
			}
		}
		StringBuilder out = new StringBuilder();
		boolean ignoreZero = false;
		for (int i = 0; i < 8; i++) {
			if (ignoreZero && pieces[i] == 0) {
				continue;
			}
			ignoreZero = false;
			if (i == compressStart) {
				out.append((i == 0) ? "::" : ":");
				ignoreZero = true;
				continue;
			}
			out.append(Integer.toHexString(pieces[i]));
			if (i != 7) {
				out.append(':');
			}
		}
		return out.toString();
	}

}
