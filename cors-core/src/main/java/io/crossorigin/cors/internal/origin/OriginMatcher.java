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

	/** What a lookup found. */
	public enum Match {

		/** The origin is allowed. */
		ALLOWED,

		/** A canonical serialized origin that no entry allows. */
		NOT_ALLOWED,

		/** Not a canonical serialized origin: no browser sends it, and nothing allows it. */
		MALFORMED

	}

	private final boolean anyOrigin;

	private final boolean nullOrigin;

	/** The JDK's immutable hash set: one probe with an intrinsic {@code equals}, flat in its size. */
	private final Set<String> exact;

	/** The entries with a wildcard, probed while the origin's syntax is checked. */
	private final OriginPatternTables patterns;

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
		this.patterns = new OriginPatternTables(anyPortKeys, subdomainKeys, subdomainAnyPortKeys);
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
		if (this.patterns.isEmpty() && !this.anyOrigin && !origin.equals("null")) {
			// only exact origins: a miss needs no syntax check to be a refusal (a long value is not even hashed)
			return origin.length() <= OriginSyntax.MAX_LENGTH && this.exact.contains(origin);
		}
		return match(origin) == Match.ALLOWED;
	}

	/**
	 * Looks up the request's {@code Origin} value, telling a refused origin from a value that is
	 * no origin at all: the origin is read once for both.
	 * @param origin the {@code Origin} header value
	 * @return what the lookup found
	 */
	public Match match(String origin) {
		if (origin.length() > OriginSyntax.MAX_LENGTH) {
			return Match.MALFORMED;
		}
		if (origin.equals("null")) {
			return this.nullOrigin ? Match.ALLOWED : Match.NOT_ALLOWED;
		}
		if (!this.anyOrigin && this.exact.contains(origin)) {
			return Match.ALLOWED;
		}
		long parsed = OriginSyntax.parse(origin, this.patterns);
		if (parsed < 0) {
			return Match.MALFORMED;
		}
		return (this.anyOrigin || (parsed & OriginSyntax.MATCHED) != 0) ? Match.ALLOWED : Match.NOT_ALLOWED;
	}

	/**
	 * The most slots a lookup in any of the matcher's pattern tables visits for a key it holds:
	 * the cost of one probe, which does not grow with the number of patterns.
	 */
	int longestProbe() {
		return this.patterns.longestProbe();
	}

	private static String withPort(String prefix, int port) {
		return (port == OriginPattern.DEFAULT_PORT) ? prefix : prefix + ":" + port;
	}

}
