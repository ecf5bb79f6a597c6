package io.crossorigin.cors.internal.origin;

import java.net.IDN;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.ProblemCode;

/**
 * One validated, normalised entry of an allowed-origins list: {@code *}, {@code null}, an exact
 * origin {@code scheme://host[:port]}, or a pattern whose host starts with the whole label
 * {@code *.} (any subdomain, at any depth) and/or whose port is {@code *} (any port).
 *
 * @param kind what the entry allows
 * @param scheme the lower-case scheme; null unless {@link Kind#TUPLE}
 * @param host the lower-case host (for subdomain patterns the parent domain, without {@code *.});
 * null unless {@link Kind#TUPLE}
 * @param subdomains whether the entry allows any subdomain of {@code host} (but not {@code host})
 * @param port the explicit port, {@link #DEFAULT_PORT} or {@link #ANY_PORT}
 */
public record OriginPattern(Kind kind, @Nullable String scheme, @Nullable String host, boolean subdomains, int port) {

	/** The scheme's default port, which a serialized origin omits. */
	public static final int DEFAULT_PORT = -1;

	/** Any port ({@code :*}). */
	public static final int ANY_PORT = 0;

	/** What an entry allows. */
	public enum Kind {

		/** {@code *}: every origin, {@code null} included. */
		ANY,

		/** {@code null}: the opaque origin. */
		NULL,

		/** A scheme, host and port, possibly with wildcards. */
		TUPLE

	}

	/**
	 * Parses and normalises an allowed-origin entry.
	 * @param entry the entry as configured
	 * @return the pattern
	 * @throws InvalidOriginException if the entry is not a valid origin or origin pattern
	 */
	public static OriginPattern parse(String entry) {
		if (entry == null || entry.isEmpty()) {
			throw invalid(ProblemCode.ORIGIN_EMPTY, "is empty", "remove it, or write an origin such as https://app.example.com");
		}
		if (entry.length() > OriginSyntax.MAX_LENGTH) {
			// '*.' and ':*' stand for at least as many characters: no Origin it matches is ever read
			throw invalid(ProblemCode.ORIGIN_TOO_LONG, "is longer than " + OriginSyntax.MAX_LENGTH + " characters, so it can match no Origin",
					"list the origin as browsers send it, e.g. https://app.example.com");
		}
		for (int i = 0; i < entry.length(); i++) {
			char c = entry.charAt(i);
			if (c <= ' ' || c == 0x7F) {
				throw invalid(ProblemCode.ORIGIN_WHITESPACE, "contains white space or a control character",
						"remove it: an origin is written without spaces, e.g. https://app.example.com");
			}
			if (c > 0x7E) {
				throw nonAscii(entry);
			}
		}
		if (entry.equals("*")) {
			return new OriginPattern(Kind.ANY, null, null, false, DEFAULT_PORT);
		}
		if (entry.equals("null")) {
			return new OriginPattern(Kind.NULL, null, null, false, DEFAULT_PORT);
		}
		int schemeEnd = entry.indexOf("://");
		if (schemeEnd < 0) {
			throw invalidSuggesting(ProblemCode.ORIGIN_NO_SCHEME, "has no scheme", "write the scheme too, e.g. ", "https://" + entry);
		}
		String scheme = entry.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
		if (!isScheme(scheme)) {
			throw invalid(ProblemCode.ORIGIN_INVALID_SCHEME, scheme.contains("*") ? "has '*' in its scheme" : "has an invalid scheme '" + scheme + "'",
					"write an origin such as https://app.example.com; '*' is allowed only as the whole first label of the host");
		}
		if (scheme.equals("file")) {
			throw invalid(ProblemCode.ORIGIN_FILE_SCHEME, "names a file: URL, whose pages have the opaque origin and send Origin: null",
					"list null to allow pages opened from files (and every other opaque origin)");
		}
		String authority = entry.substring(schemeEnd + 3);
		int pathStart = firstIndexOf(authority, "/?#");
		if (pathStart >= 0) {
			String origin = scheme + "://" + authority.substring(0, pathStart);
			if (pathStart == authority.length() - 1 && authority.charAt(pathStart) == '/') {
				throw invalidSuggesting(ProblemCode.ORIGIN_TRAILING_SLASH, "ends with '/'", "remove the trailing slash: ", origin);
			}
			throw invalidSuggesting(ProblemCode.ORIGIN_PATH, "has a path, query or fragment",
					"an origin is only scheme://host[:port]; write ", origin);
		}
		if (authority.indexOf('@') >= 0) {
			throw invalid(ProblemCode.ORIGIN_USER_INFO, "contains user info ('@')", "remove the user info: an origin is only scheme://host[:port]");
		}
		int portColon = portColon(authority);
		String hostPart = (portColon >= 0) ? authority.substring(0, portColon) : authority;
		int port = (portColon >= 0) ? parsePort(authority.substring(portColon + 1), scheme) : DEFAULT_PORT;
		return parseHost(scheme, hostPart.toLowerCase(Locale.ROOT), port);
	}

	private static OriginPattern parseHost(String scheme, String host, int port) {
		if (host.isEmpty()) {
			throw invalid(ProblemCode.ORIGIN_NO_HOST, "has no host", "write a host, e.g. " + scheme + "://app.example.com");
		}
		boolean subdomains = host.startsWith("*.");
		String domain = subdomains ? host.substring(2) : host;
		if (domain.indexOf('*') >= 0 || host.equals("*")) {
			throw invalid(ProblemCode.ORIGIN_WILDCARD_MISPLACED, "has '*' where it is not allowed",
					"'*' is allowed only as the whole first label of the host (https://*.example.com) or as the port (:*)");
		}
		if (domain.startsWith("[")) {
			if (subdomains) {
				throw invalid(ProblemCode.ORIGIN_WILDCARD_IP_ADDRESS, "puts '*.' before an IP address", "list the address itself");
			}
			if (!domain.endsWith("]")) {
				throw invalid(ProblemCode.ORIGIN_INVALID_IPV6, "has an unterminated IPv6 address", "write it in brackets, e.g. http://[::1]:8080");
			}
			String canonical = Ipv6Address.canonical(domain.substring(1, domain.length() - 1));
			if (canonical == null) {
				throw invalid(ProblemCode.ORIGIN_INVALID_IPV6, "has an invalid IPv6 address", "write a valid address in brackets, e.g. http://[::1]:8080");
			}
			return new OriginPattern(Kind.TUPLE, scheme, "[" + canonical + "]", false, port);
		}
		checkDomain(domain);
		String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
		int lastLabel = bare.lastIndexOf('.') + 1;
		if (OriginSyntax.endsInNumber(bare, lastLabel, bare.length())) {
			if (!OriginSyntax.isCanonicalIpv4(bare, 0, bare.length())) {
				throw invalid(ProblemCode.ORIGIN_INVALID_IPV4, "has a host that is neither a domain nor a dotted-decimal IPv4 address",
						"write IPv4 addresses as four decimal numbers without leading zeros, e.g. http://127.0.0.1:8080");
			}
			if (subdomains) {
				throw invalid(ProblemCode.ORIGIN_WILDCARD_IP_ADDRESS, "puts '*.' before an IP address", "list the address itself");
			}
			if (!bare.equals(domain)) {
				throw invalidSuggesting(ProblemCode.ORIGIN_IPV4_TRAILING_DOT,
						"ends an IPv4 address with a dot, which browsers never send", "remove the trailing dot: ",
						scheme + "://" + bare + ((port == DEFAULT_PORT) ? "" : (port == ANY_PORT) ? ":*" : ":" + port));
			}
		}
		if (subdomains && PublicSuffixList.shipped().isPublicSuffix(bare)) {
			throw invalidSuggesting(ProblemCode.ORIGIN_PUBLIC_SUFFIX_WILDCARD, "allows every subdomain of the public suffix '" + bare + "', which unrelated parties own",
					"name your own domain, e.g. ", scheme + "://*.yourcompany." + bare);
		}
		if (subdomains && PublicSuffixList.shipped().hasPublicSuffixBelow(bare)) {
			throw invalidSuggesting(ProblemCode.ORIGIN_PUBLIC_SUFFIX_BELOW_WILDCARD, "allows every subdomain of '" + bare + "', below which lie public suffixes that unrelated"
					+ " parties own", "name the subdomains you own, e.g. ", scheme + "://*.yours." + bare);
		}
		return new OriginPattern(Kind.TUPLE, scheme, domain, subdomains, port);
	}

	private static void checkDomain(String domain) {
		String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
		if (bare.isEmpty() || bare.length() > OriginSyntax.MAX_HOST_LENGTH) {
			throw invalid(ProblemCode.ORIGIN_INVALID_HOST, "has a host of invalid length", "write a domain name of 1 to 253 characters");
		}
		int labelStart = 0;
		for (int i = 0; i <= bare.length(); i++) {
			if (i == bare.length() || bare.charAt(i) == '.') {
				int labelLength = i - labelStart;
				if (labelLength == 0 || labelLength > OriginSyntax.MAX_LABEL_LENGTH) {
					throw invalid(ProblemCode.ORIGIN_INVALID_HOST, "has an empty or over-long label in its host",
							"write each dot-separated label with 1 to 63 characters");
				}
				labelStart = i + 1;
			}
			else if (!OriginSyntax.isHostChar(bare.charAt(i))) {
				throw invalid(ProblemCode.ORIGIN_INVALID_HOST, "has the character '" + bare.charAt(i) + "' in its host",
						"a host has only letters, digits, '-', '_' and '.'");
			}
		}
	}

	private static int parsePort(String port, String scheme) {
		if (port.equals("*")) {
			return ANY_PORT;
		}
		if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw invalid(ProblemCode.ORIGIN_INVALID_PORT, "has an invalid port '" + port + "'", "write a port from 1 to 65535, or '*' for any port");
		}
		int value = Integer.parseInt(port);
		if (value < 1 || value > 65535) {
			throw invalid(ProblemCode.ORIGIN_INVALID_PORT, "has an invalid port '" + port + "'", "write a port from 1 to 65535, or '*' for any port");
		}
		return (value == OriginSyntax.defaultPort(scheme)) ? DEFAULT_PORT : value;
	}

	private static int portColon(String authority) {
		int open = authority.indexOf('[');
		if (open >= 0) {
			// the colons of an IPv6 address are not the port's, wherever the bracket starts (*.[::1])
			int close = authority.indexOf(']', open);
			return (close >= 0 && close + 1 < authority.length() && authority.charAt(close + 1) == ':') ? close + 1 : -1;
		}
		return authority.lastIndexOf(':');
	}

	private static boolean isScheme(String scheme) {
		if (scheme.isEmpty() || !OriginSyntax.isLowerAlpha(scheme.charAt(0))) {
			return false;
		}
		for (int i = 1; i < scheme.length(); i++) {
			char c = scheme.charAt(i);
			if (!OriginSyntax.isLowerAlpha(c) && !OriginSyntax.isDigit(c) && c != '+' && c != '-' && c != '.') {
				return false;
			}
		}
		return true;
	}

	private static int firstIndexOf(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static InvalidOriginException invalidSuggesting(ProblemCode code, String problem, String words, String entry) {
		try {
			parse(entry);
			return new InvalidOriginException(code, problem, words + entry, entry);
		}
		catch (InvalidOriginException ex) {
			return new InvalidOriginException(code, problem,
					words.replaceFirst("(, e\\.g\\.|:|; write) $", "") + "; then " + ex.fix(), ex.suggestion());
		}
	}

	private static InvalidOriginException nonAscii(String entry) {
		int schemeEnd = entry.indexOf("://");
		String problem = "contains a non-ASCII character";
		if (schemeEnd >= 0) {
			try {
				return invalidSuggesting(ProblemCode.ORIGIN_NON_ASCII, problem, "write the host in punycode, e.g. ",
						entry.substring(0, schemeEnd + 3) + IDN.toASCII(entry.substring(schemeEnd + 3)));
			}
			catch (IllegalArgumentException ex) {
				// no punycode form to suggest
			}
		}
		return invalid(ProblemCode.ORIGIN_NON_ASCII, problem, "write the host in punycode");
	}

	private static InvalidOriginException invalid(ProblemCode code, String problem, String fix) {
		return new InvalidOriginException(code, problem, fix, null);
	}

	/**
	 * Whether the entry can only match origins whose host is a loopback host: {@code localhost} or a
	 * subdomain of it, {@code 127.0.0.0/8} or {@code [::1]}.
	 * @return true for loopback
	 */
	public boolean isLoopback() {
		if (this.kind != Kind.TUPLE || this.host == null) {
			return false;
		}
		String bare = this.host.endsWith(".") ? this.host.substring(0, this.host.length() - 1) : this.host;
		return bare.equals("localhost") || bare.endsWith(".localhost") || bare.equals("[::1]")
				|| (bare.startsWith("127.") && OriginSyntax.isCanonicalIpv4(bare, 0, bare.length()));
	}

	/**
	 * Whether a network attacker could script an origin this entry allows: plain {@code http} to a
	 * host that is not loopback.
	 * @return true for insecure entries
	 */
	public boolean isInsecure() {
		return this.kind == Kind.TUPLE && "http".equals(this.scheme) && !isLoopback();
	}

	/**
	 * The entry in normalised form, e.g. {@code https://*.example.com:*}.
	 * @return the canonical text
	 */
	@Override
	public String toString() {
		return switch (this.kind) {
			case ANY -> "*";
			case NULL -> "null";
			case TUPLE -> this.scheme + "://" + (this.subdomains ? "*." : "") + this.host
					+ ((this.port == ANY_PORT) ? ":*" : (this.port == DEFAULT_PORT) ? "" : ":" + this.port);
		};
	}

}
