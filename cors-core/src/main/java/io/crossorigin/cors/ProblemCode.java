package io.crossorigin.cors;

/**
 * The stable code of each configuration problem, for tools and reports to switch on: the words of a
 * problem's message and fix may improve from one release to the next, its code does not. The core
 * reports the codes of a policy's settings ({@link PolicyProblem}); the codes marked "adapter" name
 * what an adapter checks besides them (path patterns, references to policies, placeholders).
 */
public enum ProblemCode {

	/** An origin entry is empty. */
	ORIGIN_EMPTY(Severity.ERROR),

	/** An origin entry is longer than any {@code Origin} the engine reads, so it could match none. */
	ORIGIN_TOO_LONG(Severity.ERROR),

	/** An origin entry holds white space or a control character. */
	ORIGIN_WHITESPACE(Severity.ERROR),

	/** An origin entry holds a non-ASCII character (the host must be written in punycode). */
	ORIGIN_NON_ASCII(Severity.ERROR),

	/** An origin entry has no scheme ({@code app.example.com}). */
	ORIGIN_NO_SCHEME(Severity.ERROR),

	/** An origin entry's scheme is not a URL scheme (or holds {@code *}). */
	ORIGIN_INVALID_SCHEME(Severity.ERROR),

	/** An origin entry names a {@code file:} URL, whose pages send {@code Origin: null}. */
	ORIGIN_FILE_SCHEME(Severity.ERROR),

	/** An origin entry ends with {@code /}. */
	ORIGIN_TRAILING_SLASH(Severity.ERROR),

	/** An origin entry has a path, query or fragment. */
	ORIGIN_PATH(Severity.ERROR),

	/** An origin entry has user info ({@code user@}). */
	ORIGIN_USER_INFO(Severity.ERROR),

	/** An origin entry has no host. */
	ORIGIN_NO_HOST(Severity.ERROR),

	/** An origin entry has {@code *} elsewhere than as the whole first label of the host or as the port. */
	ORIGIN_WILDCARD_MISPLACED(Severity.ERROR),

	/** An origin entry puts {@code *.} before an IP address. */
	ORIGIN_WILDCARD_IP_ADDRESS(Severity.ERROR),

	/** An origin entry's host is not a valid domain name (a bad character, an empty or over-long label). */
	ORIGIN_INVALID_HOST(Severity.ERROR),

	/** An origin entry's host is an IPv4 address written otherwise than in four decimal parts. */
	ORIGIN_INVALID_IPV4(Severity.ERROR),

	/** An origin entry's host is an IPv4 address with a trailing dot, which browsers never send. */
	ORIGIN_IPV4_TRAILING_DOT(Severity.ERROR),

	/** An origin entry's host is an invalid IPv6 address. */
	ORIGIN_INVALID_IPV6(Severity.ERROR),

	/** An origin entry's port is not a number from 1 to 65535 or {@code *}. */
	ORIGIN_INVALID_PORT(Severity.ERROR),

	/** {@code *.} over a public suffix ({@code https://*.com}, {@code https://*.github.io}). */
	ORIGIN_PUBLIC_SUFFIX_WILDCARD(Severity.ERROR),

	/** {@code *.} over a domain with public suffixes below it ({@code https://*.amazonaws.com}). */
	ORIGIN_PUBLIC_SUFFIX_BELOW_WILDCARD(Severity.ERROR),

	/** {@code *} together with credentials. */
	CREDENTIALS_WITH_ANY_ORIGIN(Severity.ERROR),

	/** A plain-http origin other than a loopback one together with credentials. */
	CREDENTIALS_WITH_INSECURE_ORIGIN(Severity.ERROR),

	/** {@code exposed-headers: *} together with credentials, where browsers read it as a header named {@code *}. */
	CREDENTIALS_WITH_ANY_EXPOSED_HEADER(Severity.ERROR),

	/** The opaque origin {@code null} is allowed: valid, but any sandboxed document can claim it. */
	NULL_ORIGIN_ALLOWED(Severity.WARNING),

	/** The policy allows no origin at all: valid, but every cross-origin request is refused. */
	NO_ORIGIN_ALLOWED(Severity.WARNING),

	/** An {@link OriginSet} entry is {@code *}, which a set that changes at runtime must not be. */
	ORIGIN_SET_ANY_ORIGIN(Severity.ERROR),

	/** An {@link OriginSet} entry is the opaque origin {@code null}. */
	ORIGIN_SET_NULL_ORIGIN(Severity.ERROR),

	/** An {@link OriginSet} entry is a plain-http origin other than a loopback one. */
	ORIGIN_SET_INSECURE_ORIGIN(Severity.ERROR),

	/** A method is not an HTTP token. */
	METHOD_INVALID(Severity.ERROR),

	/** A method is one browsers never send ({@code CONNECT}, {@code TRACE}, {@code TRACK}). */
	METHOD_FORBIDDEN(Severity.ERROR),

	/** A header name is not an HTTP token. */
	HEADER_INVALID(Severity.ERROR),

	/** An allowed request header is one scripts cannot set ({@code Cookie}, {@code Host}...). */
	HEADER_FORBIDDEN(Severity.ERROR),

	/** An exposed response header is one browsers never expose ({@code Set-Cookie}). */
	EXPOSED_HEADER_FORBIDDEN(Severity.ERROR),

	/** {@code max-age} is negative. */
	MAX_AGE_NEGATIVE(Severity.ERROR),

	/**
	 * {@code max-age} is longer than browsers keep a preflight's answer (Chromium 2 hours, Firefox
	 * 24 hours): they cap it silently.
	 */
	MAX_AGE_BEYOND_BROWSER_CAP(Severity.WARNING),

	/** Adapter: a path pattern that selects a policy is invalid. */
	PATH_PATTERN_INVALID(Severity.ERROR),

	/** Adapter: two policies have the same name. */
	POLICY_NAME_DUPLICATE(Severity.ERROR),

	/** Adapter: a reference to a policy by name (an annotation) names none. */
	POLICY_NAME_UNKNOWN(Severity.ERROR),

	/** Adapter: a reference to an {@link OriginSet} by name names none. */
	ORIGIN_SET_UNKNOWN(Severity.ERROR),

	/** Adapter: a placeholder in a setting cannot be resolved. */
	PLACEHOLDER_UNRESOLVABLE(Severity.ERROR),

	/** Adapter: a setting written as text is not of its type (a boolean, a duration). */
	SETTING_TYPE_MISMATCH(Severity.ERROR),

	/** Adapter: a configuration key names no setting (a misspelt key would otherwise be ignored). */
	PROPERTY_UNKNOWN(Severity.ERROR),

	/**
	 * Adapter: an environment variable or JVM system property binds to a key that names no
	 * setting; a warning only, since other tools use the same prefix.
	 */
	PROPERTY_UNKNOWN_IN_ENVIRONMENT(Severity.WARNING);

	private final Severity severity;

	ProblemCode(Severity severity) {
		this.severity = severity;
	}

	/**
	 * Whether a problem of this code stops a policy from being built, or is only a warning.
	 * @return the severity
	 */
	public Severity severity() {
		return this.severity;
	}

	/** Whether a problem stops a policy from being built. */
	public enum Severity {

		/** The configuration is refused. */
		ERROR,

		/** The configuration is valid but probably not what was meant: reported, not refused. */
		WARNING

	}

}
