package io.crossorigin.cors.internal.origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The Public Suffix List (https://publicsuffix.org), shipped as data in this jar, both its ICANN and
 * its private sections: it tells which domains are shared by unrelated owners ({@code com},
 * {@code co.uk}, {@code github.io}), so that {@code https://*.github.io} can be refused.
 * Loaded once, lazily, at startup; never consulted per request.
 */
public final class PublicSuffixList {

	private static final String RESOURCE = "public_suffix_list.dat";

	private final Set<String> rules;

	private final Set<String> wildcardParents;

	private final Set<String> exceptions;

	/** Every proper parent of a rule: domains with some public suffix below them. */
	private final Set<String> ancestors;

	private PublicSuffixList(Set<String> rules, Set<String> wildcardParents, Set<String> exceptions) {
		this.rules = rules;
		this.wildcardParents = wildcardParents;
		this.exceptions = exceptions;
		Set<String> parents = new HashSet<>();
		for (String rule : rules) {
			addParents(parents, rule);
		}
		for (String parent : wildcardParents) {
			parents.add(parent);
			addParents(parents, parent);
		}
		this.ancestors = Set.copyOf(parents);
	}

	private static void addParents(Set<String> parents, String domain) {
		for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
			parents.add(domain.substring(dot + 1));
		}
	}

	/**
	 * The list shipped in this jar.
	 * @return the shared instance
	 */
	public static PublicSuffixList shipped() {
		return Holder.INSTANCE;
	}

	/**
	 * Whether {@code domain} is a public suffix: a listed rule, a label under a wildcard rule that
	 * no exception names, or a top-level domain (the list's implicit {@code *} rule). {@code localhost}
	 * is reserved for loopback (RFC 6761) and is not one.
	 * @param domain a lower-case ASCII domain, without a trailing dot
	 * @return true if the domain is a public suffix
	 */
	public boolean isPublicSuffix(String domain) {
		if (domain.equals("localhost")) {
			return false;
		}
		if (this.exceptions.contains(domain)) {
			return false;
		}
		if (this.rules.contains(domain)) {
			return true;
		}
		int dot = domain.indexOf('.');
		if (dot < 0) {
			return true;
		}
		return this.wildcardParents.contains(domain.substring(dot + 1));
	}

	/**
	 * Whether some subdomain of {@code domain} is a public suffix ({@code amazonaws.com} has
	 * {@code s3.amazonaws.com} below it), so that {@code *.domain} would span unrelated owners too.
	 * @param domain a lower-case ASCII domain, without a trailing dot
	 * @return true if a public suffix lies below the domain
	 */
	public boolean hasPublicSuffixBelow(String domain) {
		return this.ancestors.contains(domain);
	}

	private static PublicSuffixList load() {
		try (InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The Public Suffix List resource " + RESOURCE + " is missing");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Public Suffix List", ex);
		}
	}

	/**
	 * Reads a list in the Public Suffix List's format: a rule per line, {@code //} comments, blank
	 * lines, {@code *.} wildcard rules and {@code !} exceptions, Unicode rules as punycode.
	 */
	static PublicSuffixList parse(BufferedReader reader) throws IOException {
		Set<String> rules = new HashSet<>();
		Set<String> wildcardParents = new HashSet<>();
		Set<String> exceptions = new HashSet<>();
		String line;
		while ((line = reader.readLine()) != null) {
			String rule = line.strip();
			if (rule.isEmpty() || rule.startsWith("//")) {
				continue;
			}
			if (rule.startsWith("!")) {
				addAscii(exceptions, rule.substring(1));
			}
			else if (rule.startsWith("*.")) {
				addAscii(wildcardParents, rule.substring(2));
			}
			else {
				addAscii(rules, rule);
			}
		}
		return new PublicSuffixList(Set.copyOf(rules), Set.copyOf(wildcardParents), Set.copyOf(exceptions));
	}

	private static void addAscii(Set<String> set, String rule) {
		try {
			set.add(IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// a rule IDNA 2003 cannot encode cannot match a punycode host either
		}
	}

	private static final class Holder {

		static final PublicSuffixList INSTANCE = load();

	}

}
