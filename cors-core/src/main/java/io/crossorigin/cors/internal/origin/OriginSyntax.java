package io.crossorigin.cors.internal.origin;

/**
 * Checks that an {@code Origin} request header holds a serialized origin in the canonical form a
 * browser sends ({@code scheme://host[:port]}, lower case, no default port, no path), locating its
 * host without allocating. Anything else is refused: the engine never compares, let alone reflects,
 * a value that is not a canonical origin.
 */
public final class OriginSyntax {

	/** Longer {@code Origin} values are refused unread: a real origin is far shorter. */
	public static final int MAX_LENGTH = 400;

	/** The longest host name (RFC 1035), without a trailing dot. */
	static final int MAX_HOST_LENGTH = 253;

	static final int MAX_LABEL_LENGTH = 63;

	/** Set in a {@link #parse} result whose origin a pattern table holds. */
	static final long MATCHED = 1L << 62;

	private static final int SEPARATOR_HASH = "://".hashCode();

	/** Not a port hash: {@link #portHash} found no canonical port. */
	private static final long BAD_PORT = -1L << 32;

	private OriginSyntax() {
	}

	/**
	 * Parses a canonical tuple origin.
	 * @param origin the {@code Origin} header value
	 * @return {@code hostStart << 32 | hostEnd}, or -1 if {@code origin} is not a canonical tuple
	 * origin (the opaque origin {@code null} included)
	 */
	public static long parseCanonical(String origin) {
		return parse(origin, OriginPatternTables.NONE);
	}

	/**
	 * Parses a canonical tuple origin and, in the same pass, looks it up in pattern tables: the host
	 * is read once, right to left, checked, hashed and probed at each dot for a parent domain.
	 * @param origin the {@code Origin} header value
	 * @param patterns the tables to probe
	 * @return as {@link #parseCanonical(String)}, with {@link #MATCHED} set if a table holds the origin
	 */
	static long parse(String origin, OriginPatternTables patterns) {
		int length = origin.length();
		if (length == 0 || length > MAX_LENGTH || !isLowerAlpha(origin.charAt(0))) {
			return -1;
		}
		// the scheme, hashed as it is checked: it starts every key the tables hold
		int prefixHash = origin.charAt(0);
		int schemeEnd = 1;
		for (; schemeEnd < length; schemeEnd++) {
			char c = origin.charAt(schemeEnd);
			if (c == ':') {
				break;
			}
			if (!isLowerAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
				return -1;
			}
			prefixHash = 31 * prefixHash + c;
		}
		if (schemeEnd + 2 >= length || origin.charAt(schemeEnd + 1) != '/' || origin.charAt(schemeEnd + 2) != '/') {
			return -1;
		}
		if (schemeEnd == 4 && origin.startsWith("file")) {
			// a file: URL's origin is opaque: browsers send null, never file://...
			return -1;
		}
		prefixHash = OriginKeyTable.append(prefixHash, SEPARATOR_HASH, 3);
		int hostStart = schemeEnd + 3;
		if (hostStart < length && origin.charAt(hostStart) == '[') {
			int hostEnd = ipv6HostEnd(origin, hostStart);
			if (hostEnd < 0 || portHash(origin, schemeEnd, hostEnd) == BAD_PORT) {
				return -1;
			}
			boolean matched = patterns.containsHost(origin, hostEnd, OriginKeyTable.hash(origin, hostStart, hostEnd, prefixHash));
			return result(hostStart, hostEnd, matched);
		}
		int hostEnd = origin.indexOf(':', hostStart);
		if (hostEnd < 0) {
			hostEnd = length;
		}
		long portHash = portHash(origin, schemeEnd, hostEnd);
		if (portHash == BAD_PORT) {
			return -1;
		}
		return regName(origin, hostStart, hostEnd, prefixHash, (int) portHash, patterns);
	}

	/**
	 * Checks the reg-name host {@code origin[hostStart, hostEnd)} right to left, hashing it as it
	 * goes, so that at each dot the hash of the parent domain is at hand for a probe, and at the
	 * end the hash of the whole host.
	 */
	private static long regName(String origin, int hostStart, int hostEnd, int prefixHash, int portHash,
			OriginPatternTables patterns) {
		boolean probeParents = patterns.hasParents();
		boolean trailingDot = hostEnd > hostStart && origin.charAt(hostEnd - 1) == '.';
		// a single trailing dot makes a distinct, valid origin (example.com.): the name ends before it
		int nameEnd = trailingDot ? hostEnd - 1 : hostEnd;
		int lastLabelStart = hostStart;
		int labelEnd = hostEnd;
		int hash = 0;
		int power = 1;
		boolean matched = false;
		for (int i = hostEnd - 1; i >= hostStart; i--) {
			char c = origin.charAt(i);
			hash += c * power;
			power *= 31;
			if (c == '.') {
				int labelLength = labelEnd - i - 1;
				if ((labelLength == 0 && labelEnd != hostEnd) || labelLength > MAX_LABEL_LENGTH) {
					return -1;
				}
				if (labelEnd == nameEnd) {
					lastLabelStart = i + 1;
				}
				labelEnd = i;
				if (probeParents && !matched && i > hostStart) {
					matched = patterns.containsParent(origin, hostStart, i, hostEnd, prefixHash * power + hash, portHash);
				}
			}
			else if (!isHostChar(c)) {
				return -1;
			}
		}
		int firstLabelLength = labelEnd - hostStart;
		if (firstLabelLength == 0 || firstLabelLength > MAX_LABEL_LENGTH || nameEnd - hostStart > MAX_HOST_LENGTH) {
			return -1;
		}
		if (endsInNumber(origin, lastLabelStart, nameEnd)) {
			// an IPv4 address is serialized without a trailing dot, and only in its canonical form
			if (trailingDot || !isCanonicalIpv4(origin, hostStart, hostEnd)) {
				return -1;
			}
		}
		return result(hostStart, hostEnd, matched || patterns.containsHost(origin, hostEnd, prefixHash * power + hash));
	}

	private static long result(int hostStart, int hostEnd, boolean matched) {
		return (matched ? MATCHED : 0) | ((long) hostStart << 32) | hostEnd;
	}

	/**
	 * Whether {@code origin} is a canonical serialized origin: a tuple origin or {@code null}.
	 * @param origin the {@code Origin} header value
	 * @return true if a browser could have sent it
	 */
	public static boolean isCanonical(String origin) {
		return "null".equals(origin) || parseCanonical(origin) >= 0;
	}

	/**
	 * The index where the host of a parsed origin starts.
	 * @param parsed a non-negative result of {@link #parseCanonical(String)}
	 * @return the index after {@code ://}
	 */
	public static int hostStart(long parsed) {
		return (int) ((parsed & ~MATCHED) >>> 32);
	}

	/**
	 * The index where the host of a parsed origin ends (the port's colon, or the end).
	 * @param parsed a non-negative result of {@link #parseCanonical(String)}
	 * @return the index after the host
	 */
	public static int hostEnd(long parsed) {
		return (int) parsed;
	}

	/**
	 * The default port of a scheme whose origins omit it.
	 * @param scheme a lower-case scheme
	 * @return 80 or 443, or -1 when the scheme has no default port
	 */
	public static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http", "ws" -> 80;
			case "https", "wss" -> 443;
			default -> -1;
		};
	}

	private static int ipv6HostEnd(String s, int start) {
		int close = s.indexOf(']', start);
		if (close < start + 3) {
			return -1;
		}
		for (int i = start + 1; i < close; i++) {
			char c = s.charAt(i);
			if (!isDigit(c) && !(c >= 'a' && c <= 'f') && c != ':' && c != '.') {
				return -1;
			}
		}
		// only the form a browser serializes: an address written any other way ([0:0::1]) is not an origin it sends
		String address = s.substring(start + 1, close);
		if (!address.equals(Ipv6Address.canonical(address))) {
			return -1;
		}
		int end = close + 1;
		return (end == s.length() || s.charAt(end) == ':') ? end : -1;
	}

	/**
	 * Checks the port after the host, if any: digits without a leading zero, at most 65535, not
	 * the scheme's default.
	 * @return the hash of {@code s[hostEnd, length)} (0 without a port), or {@link #BAD_PORT}
	 */
	private static long portHash(String s, int schemeEnd, int hostEnd) {
		int length = s.length();
		if (hostEnd == length) {
			return 0;
		}
		int digits = length - hostEnd - 1;
		if (s.charAt(hostEnd) != ':' || digits < 1 || digits > 5 || s.charAt(hostEnd + 1) == '0') {
			return BAD_PORT;
		}
		int port = 0;
		int hash = ':';
		for (int i = hostEnd + 1; i < length; i++) {
			char c = s.charAt(i);
			if (!isDigit(c)) {
				return BAD_PORT;
			}
			port = port * 10 + (c - '0');
			hash = 31 * hash + c;
		}
		return (port <= 65535 && port != defaultPort(s, schemeEnd)) ? hash : BAD_PORT;
	}

	private static int defaultPort(String s, int schemeEnd) {
		// the special schemes with a default port: http and ws (80), https and wss (443)
		return switch (schemeEnd) {
			case 2 -> s.startsWith("ws") ? 80 : -1;
			case 3 -> s.startsWith("wss") ? 443 : -1;
			case 4 -> s.startsWith("http") ? 80 : -1;
			case 5 -> s.startsWith("https") ? 443 : -1;
			default -> -1;
		};
	}

	/** WHATWG URL: a host whose last label is numeric (or hex) is parsed as an IPv4 address. */
	static boolean endsInNumber(String s, int lastLabelStart, int end) {
		if (lastLabelStart == end) {
			return false;
		}
		boolean allDigits = true;
		for (int i = lastLabelStart; i < end; i++) {
			if (!isDigit(s.charAt(i))) {
				allDigits = false;
				break;
			}
		}
		if (allDigits) {
			return true;
		}
		if (end - lastLabelStart >= 2 && s.charAt(lastLabelStart) == '0'
				&& (s.charAt(lastLabelStart + 1) == 'x' || s.charAt(lastLabelStart + 1) == 'X')) {
			for (int i = lastLabelStart + 2; i < end; i++) {
				if (Character.digit(s.charAt(i), 16) < 0) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/** Four decimal parts, each 0 to 255 without a leading zero: the only form a browser sends. */
	static boolean isCanonicalIpv4(String s, int start, int end) {
		int parts = 0;
		int i = start;
		while (i <= end) {
			int partEnd = i;
			while (partEnd < end && s.charAt(partEnd) != '.') {
				partEnd++;
			}
			int digits = partEnd - i;
			if (digits < 1 || digits > 3 || (digits > 1 && s.charAt(i) == '0')) {
				return false;
			}
			int value = 0;
			for (int j = i; j < partEnd; j++) {
				char c = s.charAt(j);
				if (!isDigit(c)) {
					return false;
				}
				value = value * 10 + (c - '0');
			}
			if (value > 255) {
				return false;
			}
			parts++;
			i = partEnd + 1;
		}
		return parts == 4;
	}

	static boolean isHostChar(char c) {
		return isLowerAlpha(c) || isDigit(c) || c == '-' || c == '_';
	}

	static boolean isLowerAlpha(char c) {
		return c >= 'a' && c <= 'z';
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
