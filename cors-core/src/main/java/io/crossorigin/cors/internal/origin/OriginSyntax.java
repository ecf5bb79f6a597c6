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

	private OriginSyntax() {
	}

	/**
	 * Parses a canonical tuple origin.
	 * @param origin the {@code Origin} header value
	 * @return {@code hostStart << 32 | hostEnd}, or -1 if {@code origin} is not a canonical tuple
	 * origin (the opaque origin {@code null} included)
	 */
	public static long parseCanonical(String origin) {
		int length = origin.length();
		if (length == 0 || length > MAX_LENGTH) {
			return -1;
		}
		int schemeEnd = schemeEnd(origin);
		if (schemeEnd < 0) {
			return -1;
		}
		if (origin.startsWith("file:")) {
			// a file: URL's origin is opaque: browsers send null, never file://...
			return -1;
		}
		int hostStart = schemeEnd + 3;
		int hostEnd = (hostStart < length && origin.charAt(hostStart) == '[')
				? ipv6HostEnd(origin, hostStart) : regNameHostEnd(origin, hostStart);
		if (hostEnd < 0 || !isCanonicalPort(origin, schemeEnd, hostEnd)) {
			return -1;
		}
		return ((long) hostStart << 32) | hostEnd;
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
		return (int) (parsed >>> 32);
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

	private static int schemeEnd(String s) {
		int length = s.length();
		if (!isLowerAlpha(s.charAt(0))) {
			return -1;
		}
		for (int i = 1; i < length; i++) {
			char c = s.charAt(i);
			if (c == ':') {
				return (i + 2 < length && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') ? i : -1;
			}
			if (!isLowerAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
				return -1;
			}
		}
		return -1;
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

	private static int regNameHostEnd(String s, int start) {
		int length = s.length();
		int labelStart = start;
		int lastLabelStart = start;
		int i = start;
		for (; i < length; i++) {
			char c = s.charAt(i);
			if (c == '.') {
				int labelLength = i - labelStart;
				if (labelLength == 0 || labelLength > MAX_LABEL_LENGTH) {
					return -1;
				}
				lastLabelStart = labelStart;
				labelStart = i + 1;
			}
			else if (c == ':') {
				break;
			}
			else if (!isHostChar(c)) {
				return -1;
			}
		}
		int end = i;
		int lastLabelLength = end - labelStart;
		if (lastLabelLength > MAX_LABEL_LENGTH || end == start) {
			return -1;
		}
		if (lastLabelLength == 0) {
			// a single trailing dot: a distinct, valid origin (example.com.)
			if (end - 1 == start || end - start - 1 > MAX_HOST_LENGTH) {
				return -1;
			}
			// an IPv4 address is serialized without the dot: 1.2.3.4. is never sent
			return endsInNumber(s, lastLabelStart, end - 1) ? -1 : end;
		}
		if (end - start > MAX_HOST_LENGTH) {
			return -1;
		}
		return endsInNumber(s, labelStart, end) && !isCanonicalIpv4(s, start, end) ? -1 : end;
	}

	private static boolean isCanonicalPort(String s, int schemeEnd, int hostEnd) {
		int length = s.length();
		if (hostEnd == length) {
			return true;
		}
		int digits = length - hostEnd - 1;
		if (digits < 1 || digits > 5 || s.charAt(hostEnd + 1) == '0') {
			return false;
		}
		int port = 0;
		for (int i = hostEnd + 1; i < length; i++) {
			char c = s.charAt(i);
			if (!isDigit(c)) {
				return false;
			}
			port = port * 10 + (c - '0');
		}
		return port <= 65535 && port != defaultPort(s, schemeEnd);
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
