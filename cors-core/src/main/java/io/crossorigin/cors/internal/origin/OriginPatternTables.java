package io.crossorigin.cors.internal.origin;

import java.util.List;

/**
 * The pattern entries of an allowed-origins list as key tables that {@link OriginSyntax} probes
 * while it checks a request's host, so that checking the origin and matching it against every
 * pattern is one pass over the host. Keys are canonical serializations with the wildcard left out:
 * {@code scheme://host} for {@code scheme://host:*}, {@code scheme://.domain[:port]} for
 * {@code scheme://*.domain[:port]}, {@code scheme://.domain} for {@code scheme://*.domain:*}.
 */
final class OriginPatternTables {

	/** No patterns: what a plain syntax check probes. */
	static final OriginPatternTables NONE = new OriginPatternTables(List.of(), List.of(), List.of());

	private final OriginKeyTable anyPortHosts;

	private final OriginKeyTable parents;

	private final OriginKeyTable anyPortParents;

	OriginPatternTables(List<String> anyPortHostKeys, List<String> parentKeys, List<String> anyPortParentKeys) {
		this.anyPortHosts = OriginKeyTable.of(anyPortHostKeys);
		this.parents = OriginKeyTable.of(parentKeys);
		this.anyPortParents = OriginKeyTable.of(anyPortParentKeys);
	}

	boolean isEmpty() {
		return this.anyPortHosts.isEmpty() && this.parents.isEmpty() && this.anyPortParents.isEmpty();
	}

	boolean hasParents() {
		return !this.parents.isEmpty() || !this.anyPortParents.isEmpty();
	}

	/**
	 * Whether {@code origin[0, hostEnd)}, the origin without its port, is an any-port entry.
	 * @param hash the hash of {@code origin[0, hostEnd)}
	 */
	boolean containsHost(String origin, int hostEnd, int hash) {
		return !this.anyPortHosts.isEmpty() && this.anyPortHosts.contains(origin, hostEnd, hostEnd, hostEnd, hash);
	}

	/**
	 * Whether the parent domain that starts at {@code dot} is a {@code *.} entry, for the origin's
	 * port or for any port.
	 * @param hash the hash of {@code origin[0, hostStart) + origin[dot, hostEnd)}: scheme and parent, no port
	 * @param portHash the hash of {@code origin[hostEnd, length)}, the port with its colon (0 if none)
	 */
	boolean containsParent(String origin, int hostStart, int dot, int hostEnd, int hash, int portHash) {
		return (!this.anyPortParents.isEmpty() && this.anyPortParents.contains(origin, hostStart, dot, hostEnd, hash))
				|| (!this.parents.isEmpty() && this.parents.contains(origin, hostStart, dot, origin.length(),
						OriginKeyTable.append(hash, portHash, origin.length() - hostEnd)));
	}

	/** The most slots a lookup in any of the tables visits for a key it holds. */
	int longestProbe() {
		return Math.max(this.anyPortHosts.longestProbe(),
				Math.max(this.parents.longestProbe(), this.anyPortParents.longestProbe()));
	}

}
