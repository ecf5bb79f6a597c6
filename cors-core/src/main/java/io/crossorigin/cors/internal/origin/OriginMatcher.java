package io.crossorigin.cors.internal.origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The compiled form of an allowed-origins list. Deciding whether a request's {@code Origin} is allowed
 * is one hash lookup for exact origins and, for patterns, one lookup per dot of the request's host:
 * the cost depends on the request, never on how many entries are configured. Only a canonical origin
 * (as a browser sends it) can match.
 */
public final class OriginMatcher {

	private final boolean anyOrigin;

	private final boolean nullOrigin;

	/** The JDK's immutable hash set: one probe with an intrinsic {@code equals}, flat in its size. */
	private final Set<String> exact;

	/** Keys {@code scheme://host} for {@code scheme://host:*}. */
	private final OriginKeyTable anyPortHosts;

	/** Keys {@code scheme://.domain[:port]} for {@code scheme://*.domain[:port]}. */
	private final OriginKeyTable subdomains;

	/** Keys {@code scheme://.domain} for {@code scheme://*.domain:*}. */
	private final OriginKeyTable subdomainsAnyPort;

	private OriginMatcher(List<OriginPattern> patterns) {
		boolean any = false;
		boolean opaque = false;
		Set<String> exactKeys = new HashSet<>();
		List<String> anyPortKeys = new ArrayList<>();
		List<String> subdomainKeys = new ArrayList<>();
		List<String> subdomainAnyPortKeys = new ArrayList<>();
		for (OriginPattern pattern : patterns) {
			switch (pattern.kind()) {
				case ANY -> any = true;
				case NULL -> opaque = true;
				case TUPLE -> {
					String prefix = pattern.scheme() + "://" + (pattern.subdomains() ? "." : "") + pattern.host();
					if (pattern.subdomains()) {
						if (pattern.port() == OriginPattern.ANY_PORT) {
							subdomainAnyPortKeys.add(prefix);
						}
						else {
							subdomainKeys.add(withPort(prefix, pattern.port()));
						}
					}
					else if (pattern.port() == OriginPattern.ANY_PORT) {
						anyPortKeys.add(prefix);
					}
					else {
						exactKeys.add(withPort(prefix, pattern.port()));
					}
				}
			}
		}
		this.anyOrigin = any;
		this.nullOrigin = opaque || any;
		this.exact = Set.copyOf(exactKeys);
		this.anyPortHosts = OriginKeyTable.of(anyPortKeys);
		this.subdomains = OriginKeyTable.of(subdomainKeys);
		this.subdomainsAnyPort = OriginKeyTable.of(subdomainAnyPortKeys);
	}

	/**
	 * Compiles validated patterns.
	 * @param patterns the allowed-origin entries
	 * @return the matcher
	 */
	public static OriginMatcher of(List<OriginPattern> patterns) {
		return new OriginMatcher(patterns);
	}

	/**
	 * Whether the list holds {@code *}.
	 * @return true if every origin is allowed
	 */
	public boolean allowsAnyOrigin() {
		return this.anyOrigin;
	}

	/**
	 * Whether the request's {@code Origin} value is allowed. A value that is not a canonical
	 * serialized origin (upper case, a default port, a path, a list, control characters...) never is.
	 * @param origin the {@code Origin} header value
	 * @return true if allowed
	 */
	public boolean matches(String origin) {
		if (origin.length() > OriginSyntax.MAX_LENGTH) {
			return false;
		}
		if (origin.equals("null")) {
			return this.nullOrigin;
		}
		if (this.anyOrigin) {
			return OriginSyntax.parseCanonical(origin) >= 0;
		}
		if (this.exact.contains(origin)) {
			return true;
		}
		if (this.anyPortHosts.isEmpty() && this.subdomains.isEmpty() && this.subdomainsAnyPort.isEmpty()) {
			return false;
		}
		long parsed = OriginSyntax.parseCanonical(origin);
		if (parsed < 0) {
			return false;
		}
		int hostStart = OriginSyntax.hostStart(parsed);
		int hostEnd = OriginSyntax.hostEnd(parsed);
		if (!this.anyPortHosts.isEmpty()
				&& this.anyPortHosts.contains(origin, hostEnd, hostEnd, hostEnd, OriginKeyTable.hash(origin, 0, hostEnd, 0))) {
			return true;
		}
		if (origin.charAt(hostStart) == '[') {
			return false;
		}
		int prefixHash = OriginKeyTable.hash(origin, 0, hostStart, 0);
		return matchesSubdomain(this.subdomains, origin, hostStart, origin.length(), prefixHash)
				|| matchesSubdomain(this.subdomainsAnyPort, origin, hostStart, hostEnd, prefixHash);
	}

	/**
	 * Probes every proper parent domain of the host, right to left, with the hash of
	 * {@code scheme://} + {@code .parent[:port]} built incrementally: one pass over the host.
	 */
	private static boolean matchesSubdomain(OriginKeyTable table, String origin, int hostStart, int end,
			int prefixHash) {
		if (table.isEmpty()) {
			return false;
		}
		int suffixHash = 0;
		int power = 1;
		for (int i = end - 1; i > hostStart; i--) {
			char c = origin.charAt(i);
			suffixHash += c * power;
			power *= 31;
			if (c == '.' && table.contains(origin, hostStart, i, end, prefixHash * power + suffixHash)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The most slots a lookup in any of the matcher's pattern tables visits for a key it holds:
	 * the cost of one probe, which does not grow with the number of patterns.
	 */
	int longestProbe() {
		return Math.max(this.anyPortHosts.longestProbe(),
				Math.max(this.subdomains.longestProbe(), this.subdomainsAnyPort.longestProbe()));
	}

	private static String withPort(String prefix, int port) {
		return (port == OriginPattern.DEFAULT_PORT) ? prefix : prefix + ":" + port;
	}

}
