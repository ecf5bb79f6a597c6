package io.crossorigin.cors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.crossorigin.cors.browser.CorsSafelist;
import io.crossorigin.cors.http.AsciiCase;
import io.crossorigin.cors.http.HeaderNameSet;
import io.crossorigin.cors.http.HttpTokens;
import io.crossorigin.cors.origin.InvalidOriginException;
import io.crossorigin.cors.origin.OriginMatcher;
import io.crossorigin.cors.origin.OriginPattern;

/**
 * An immutable, validated CORS policy: which origins may read responses, with which methods, request
 * headers and credentials, and what the page may read. Built once at startup by a {@link Builder},
 * which reports every problem at once; every header value the engine writes is computed here, so
 * deciding a request parses nothing of the configuration.
 */
public final class CorsPolicy {

	/** The methods allowed when none are configured. */
	public static final List<String> DEFAULT_ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

	/** The request headers allowed when none are configured: any. */
	public static final List<String> DEFAULT_ALLOWED_HEADERS = List.of("*");

	/** How long a browser may cache a preflight's answer when nothing is configured. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	private final List<String> allowedOrigins;

	private final List<String> allowedMethods;

	private final List<String> allowedHeaders;

	private final List<String> exposedHeaders;

	private final boolean allowCredentials;

	private final Duration maxAge;

	private final boolean allowPrivateNetwork;

	private final boolean allowInsecureOrigins;

	private final List<PolicyProblem> warnings;

	// compiled form, read per request

	private final OriginMatcher origins;

	/** Origins that change at runtime, each consulted after the fixed entries. */
	private final OriginSet[] originSets;

	private final boolean anyMethod;

	private final Set<String> methods;

	private final boolean anyHeader;

	private final HeaderNameSet headers;

	private final String allowMethodsValue;

	private final String allowHeadersValue;

	private final String exposeHeadersValue;

	private final String maxAgeValue;

	private CorsPolicy(Builder builder, List<OriginPattern> patterns, List<String> methods, List<String> headers,
			List<String> exposed, List<PolicyProblem> warnings) {
		this.allowedOrigins = patterns.stream().map(OriginPattern::toString).distinct().toList();
		this.allowedMethods = methods;
		this.allowedHeaders = headers;
		this.exposedHeaders = exposed;
		this.allowCredentials = builder.allowCredentials;
		this.maxAge = builder.maxAge;
		this.allowPrivateNetwork = builder.allowPrivateNetwork;
		this.allowInsecureOrigins = builder.allowInsecureOrigins;
		this.warnings = List.copyOf(warnings);
		this.origins = OriginMatcher.of(patterns);
		this.originSets = builder.originSets.toArray(new OriginSet[0]);
		this.anyMethod = methods.contains("*");
		Set<String> methodSet = new LinkedHashSet<>(methods);
		if (methodSet.contains("GET")) {
			methodSet.add("HEAD");
		}
		this.methods = Set.copyOf(methodSet);
		this.anyHeader = headers.contains("*");
		this.headers = HeaderNameSet.of(headers);
		this.allowMethodsValue = String.join(", ", methods);
		this.allowHeadersValue = String.join(", ", headers);
		this.exposeHeadersValue = exposed.isEmpty() ? null : String.join(", ", exposed);
		this.maxAgeValue = Long.toString(this.maxAge.getSeconds());
	}

	/**
	 * A builder with every setting at its default.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The allowed origins, normalised (e.g. {@code https://app.example.com}, {@code https://*.example.com}).
	 * @return the origins
	 */
	public List<String> allowedOrigins() {
		return this.allowedOrigins;
	}

	/**
	 * The allowed methods as configured (upper-cased where the Fetch standard normalises them); GET
	 * also allows HEAD.
	 * @return the methods, or {@code [*]}
	 */
	public List<String> allowedMethods() {
		return this.allowedMethods;
	}

	/**
	 * The allowed request headers.
	 * @return the header names, or {@code [*]}
	 */
	public List<String> allowedHeaders() {
		return this.allowedHeaders;
	}

	/**
	 * The response headers a page may read beyond the CORS-safelisted ones.
	 * @return the header names, or {@code [*]}
	 */
	public List<String> exposedHeaders() {
		return this.exposedHeaders;
	}

	/**
	 * Whether credentialed requests (cookies, HTTP authentication) may read responses.
	 * @return true if credentials are allowed
	 */
	public boolean allowCredentials() {
		return this.allowCredentials;
	}

	/**
	 * How long a browser may cache a preflight's answer.
	 * @return the max age
	 */
	public Duration maxAge() {
		return this.maxAge;
	}

	/**
	 * Whether Private Network Access preflights are accepted.
	 * @return true if allowed
	 */
	public boolean allowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	/**
	 * Whether plain-http, non-loopback origins are accepted together with credentials.
	 * @return true if allowed
	 */
	public boolean allowInsecureOrigins() {
		return this.allowInsecureOrigins;
	}

	/**
	 * Settings that are valid but probably not what was meant (for example the {@code null} origin).
	 * @return the warnings, to be logged at startup
	 */
	public List<PolicyProblem> warnings() {
		return this.warnings;
	}

	/**
	 * Whether the policy allows the given {@code Origin} header value.
	 * @param origin the value
	 * @return true if allowed
	 */
	public boolean allowsOrigin(String origin) {
		return this.origins.matches(origin) || (this.originSets.length > 0 && matchesAnySet(origin));
	}

	/** Kept out of {@link #allowsOrigin(String)}, so that the common case stays small enough to inline. */
	private boolean matchesAnySet(String origin) {
		for (OriginSet set : this.originSets) {
			if (set.matches(origin)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The sets of origins that change at runtime, which this policy allows besides its
	 * {@link #allowedOrigins() fixed entries}.
	 * @return the sets
	 */
	public List<OriginSet> allowedOriginSets() {
		return List.of(this.originSets);
	}

	/**
	 * Whether the policy allows the given method (case-sensitive, as methods are).
	 * @param method the method
	 * @return true if allowed
	 */
	public boolean allowsMethod(String method) {
		return this.anyMethod || this.methods.contains(method);
	}

	/**
	 * Whether the policy allows the given request header name (case-insensitive).
	 * @param name the header name
	 * @return true if allowed
	 */
	public boolean allowsHeader(String name) {
		return this.anyHeader || this.headers.contains(name);
	}

	boolean allowsHeader(String value, int from, int to) {
		return this.anyHeader || this.headers.contains(value, from, to);
	}

	boolean allowsAnyOrigin() {
		return this.origins.allowsAnyOrigin();
	}

	/** An any-origin policy without credentials answers {@code *}, the same for every origin. */
	boolean sharesWithEveryone() {
		return this.origins.allowsAnyOrigin() && !this.allowCredentials;
	}

	boolean allowsAnyMethod() {
		return this.anyMethod;
	}

	boolean allowsAnyHeader() {
		return this.anyHeader;
	}

	String allowMethodsValue() {
		return this.allowMethodsValue;
	}

	String allowHeadersValue() {
		return this.allowHeadersValue;
	}

	String exposeHeadersValue() {
		return this.exposeHeadersValue;
	}

	String maxAgeValue() {
		return this.maxAgeValue;
	}

	@Override
	public String toString() {
		return "CorsPolicy[allowedOrigins=" + this.allowedOrigins + ", allowedMethods=" + this.allowedMethods
				+ ", allowedHeaders=" + this.allowedHeaders + ", exposedHeaders=" + this.exposedHeaders
				+ ", allowCredentials=" + this.allowCredentials + ", maxAge=" + this.maxAge + ", allowPrivateNetwork="
				+ this.allowPrivateNetwork + ", allowInsecureOrigins=" + this.allowInsecureOrigins + "]";
	}

	/**
	 * Builds a {@link CorsPolicy}. Every setting starts at its default; {@link #build()} validates all
	 * of them and reports every problem at once.
	 */
	public static final class Builder {

		private List<String> allowedOrigins = List.of();

		private List<OriginSet> originSets = List.of();

		private List<String> allowedMethods = DEFAULT_ALLOWED_METHODS;

		private List<String> allowedHeaders = DEFAULT_ALLOWED_HEADERS;

		private List<String> exposedHeaders = List.of();

		private boolean allowCredentials;

		private Duration maxAge = DEFAULT_MAX_AGE;

		private boolean allowPrivateNetwork;

		private boolean allowInsecureOrigins;

		private Builder() {
		}

		/**
		 * Exact origins ({@code https://app.example.com}), subdomain patterns ({@code https://*.example.com}),
		 * any-port patterns ({@code http://localhost:*}), {@code *} or {@code null}. Default: none.
		 * @param origins the entries
		 * @return this builder
		 */
		public Builder allowedOrigins(String... origins) {
			return allowedOrigins(listOf(origins));
		}

		/**
		 * See {@link #allowedOrigins(String...)}.
		 * @param origins the entries; null restores the default
		 * @return this builder
		 */
		public Builder allowedOrigins(Collection<String> origins) {
			this.allowedOrigins = copy(origins, List.of());
			return this;
		}

		/**
		 * Sets of origins that change at runtime, allowed besides the fixed entries. Default: none.
		 * @param sets the sets
		 * @return this builder
		 */
		public Builder allowedOriginSets(OriginSet... sets) {
			return allowedOriginSets(List.of(sets));
		}

		/**
		 * See {@link #allowedOriginSets(OriginSet...)}.
		 * @param sets the sets; null restores the default
		 * @return this builder
		 */
		public Builder allowedOriginSets(Collection<OriginSet> sets) {
			this.originSets = (sets != null) ? List.copyOf(sets) : List.of();
			return this;
		}

		/**
		 * Allowed methods, or {@code *} for any. Default: GET, HEAD, POST. GET implies HEAD.
		 * @param methods the methods
		 * @return this builder
		 */
		public Builder allowedMethods(String... methods) {
			return allowedMethods(listOf(methods));
		}

		/**
		 * See {@link #allowedMethods(String...)}.
		 * @param methods the methods; null restores the default
		 * @return this builder
		 */
		public Builder allowedMethods(Collection<String> methods) {
			this.allowedMethods = copy(methods, DEFAULT_ALLOWED_METHODS);
			return this;
		}

		/**
		 * Allowed request header names, or {@code *} for any. Default: {@code *}.
		 * @param headers the header names
		 * @return this builder
		 */
		public Builder allowedHeaders(String... headers) {
			return allowedHeaders(listOf(headers));
		}

		/**
		 * See {@link #allowedHeaders(String...)}.
		 * @param headers the header names; null restores the default
		 * @return this builder
		 */
		public Builder allowedHeaders(Collection<String> headers) {
			this.allowedHeaders = copy(headers, DEFAULT_ALLOWED_HEADERS);
			return this;
		}

		/**
		 * Response headers the page may read, or {@code *} for all (only without credentials).
		 * Default: none.
		 * @param headers the header names
		 * @return this builder
		 */
		public Builder exposedHeaders(String... headers) {
			return exposedHeaders(listOf(headers));
		}

		/**
		 * See {@link #exposedHeaders(String...)}.
		 * @param headers the header names; null restores the default
		 * @return this builder
		 */
		public Builder exposedHeaders(Collection<String> headers) {
			this.exposedHeaders = copy(headers, List.of());
			return this;
		}

		/**
		 * Whether credentialed requests may read responses. Default: false.
		 * @param allowCredentials the flag
		 * @return this builder
		 */
		public Builder allowCredentials(boolean allowCredentials) {
			this.allowCredentials = allowCredentials;
			return this;
		}

		/**
		 * How long a browser may cache a preflight's answer, sent in whole seconds. Default: 30 minutes.
		 * @param maxAge the duration, not negative; null restores the default
		 * @return this builder
		 */
		public Builder maxAge(Duration maxAge) {
			this.maxAge = (maxAge != null) ? maxAge : DEFAULT_MAX_AGE;
			return this;
		}

		/**
		 * Whether Private Network Access preflights are accepted. Default: false.
		 * @param allowPrivateNetwork the flag
		 * @return this builder
		 */
		public Builder allowPrivateNetwork(boolean allowPrivateNetwork) {
			this.allowPrivateNetwork = allowPrivateNetwork;
			return this;
		}

		/**
		 * Whether plain-http origins other than loopback are accepted together with credentials.
		 * Default: false, since anyone on the network path can script such an origin.
		 * @param allowInsecureOrigins the flag
		 * @return this builder
		 */
		public Builder allowInsecureOrigins(boolean allowInsecureOrigins) {
			this.allowInsecureOrigins = allowInsecureOrigins;
			return this;
		}

		/**
		 * Validates every setting and builds the policy.
		 * @return the policy
		 * @throws InvalidCorsPolicyException listing every problem, if any setting is invalid
		 */
		public CorsPolicy build() {
			List<PolicyProblem> problems = new ArrayList<>();
			List<PolicyProblem> warnings = new ArrayList<>();
			List<OriginPattern> patterns = origins(problems, warnings);
			List<String> methods = methods(problems);
			List<String> headers = requestHeaders(problems);
			List<String> exposed = exposedHeaders(problems);
			if (this.maxAge.isNegative()) {
				problems.add(new PolicyProblem(PolicySetting.MAX_AGE, -1, String.valueOf(this.maxAge),
						"is negative", "use a duration of zero or more, e.g. 30m"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidCorsPolicyException(problems);
			}
			return new CorsPolicy(this, patterns, methods, headers, exposed, warnings);
		}

		private List<OriginPattern> origins(List<PolicyProblem> problems, List<PolicyProblem> warnings) {
			List<OriginPattern> patterns = new ArrayList<>();
			for (int i = 0; i < this.allowedOrigins.size(); i++) {
				String entry = this.allowedOrigins.get(i);
				OriginPattern pattern;
				try {
					pattern = OriginPattern.parse(entry);
				}
				catch (InvalidOriginException ex) {
					problems.add(problem(PolicySetting.ALLOWED_ORIGINS, i, entry, ex.problem(), ex.fix()));
					continue;
				}
				if (this.allowCredentials && pattern.kind() == OriginPattern.Kind.ANY) {
					problems.add(problem(PolicySetting.ALLOWED_ORIGINS, i, entry,
							"allows every origin while allow-credentials is true, which would let any site read"
									+ " users' authenticated responses",
							"list the origins explicitly, or set allow-credentials to false"));
					continue;
				}
				if (this.allowCredentials && !this.allowInsecureOrigins && pattern.isInsecure()) {
					problems.add(problem(PolicySetting.ALLOWED_ORIGINS, i, entry,
							"is a plain-http origin while allow-credentials is true: anyone on the network path"
									+ " can script it and read users' authenticated responses",
							"use https (" + pattern.toString().replaceFirst("^http:", "https:")
									+ "), or set allow-insecure-origins to true to accept the risk"));
					continue;
				}
				if (pattern.kind() == OriginPattern.Kind.NULL) {
					warnings.add(problem(PolicySetting.ALLOWED_ORIGINS, i, entry,
							"allows the opaque origin 'null', which any sandboxed iframe, data: URL or local file"
									+ " can claim",
							"remove it unless those documents really must read responses"));
				}
				patterns.add(pattern);
			}
			if (this.allowedOrigins.isEmpty() && this.originSets.isEmpty()) {
				warnings.add(problem(PolicySetting.ALLOWED_ORIGINS, -1, "[]",
						"is empty, so every cross-origin request is refused", "list the origins that may read responses"));
			}
			return patterns;
		}

		private List<String> methods(List<PolicyProblem> problems) {
			Set<String> methods = new LinkedHashSet<>();
			for (int i = 0; i < this.allowedMethods.size(); i++) {
				String method = this.allowedMethods.get(i);
				if ("*".equals(method)) {
					methods.add(method);
				}
				else if (!HttpTokens.isToken(method)) {
					problems.add(problem(PolicySetting.ALLOWED_METHODS, i, method, "is not a valid method name",
							"write an HTTP token such as GET, PATCH or PURGE, or '*' for any method"));
				}
				else if (CorsSafelist.isForbiddenMethod(method)) {
					problems.add(problem(PolicySetting.ALLOWED_METHODS, i, method,
							"is a forbidden method that browsers never send", "remove it"));
				}
				else {
					String upper = AsciiCase.toUpperCase(method);
					methods.add(NORMALIZED_METHODS.contains(upper) ? upper : method);
				}
			}
			return methods.contains("*") ? List.of("*") : List.copyOf(methods);
		}

		private List<String> requestHeaders(List<PolicyProblem> problems) {
			return headerNames(PolicySetting.ALLOWED_HEADERS, this.allowedHeaders, problems, (i, name) -> {
				if (CorsSafelist.isForbiddenRequestHeaderName(name)) {
					problems.add(problem(PolicySetting.ALLOWED_HEADERS, i, name,
							"is a forbidden request header that scripts cannot set", "remove it"));
					return false;
				}
				return true;
			});
		}

		private List<String> exposedHeaders(List<PolicyProblem> problems) {
			return headerNames(PolicySetting.EXPOSED_HEADERS, this.exposedHeaders, problems, (i, name) -> {
				if (name.equals("*") && this.allowCredentials) {
					problems.add(problem(PolicySetting.EXPOSED_HEADERS, i, name,
							"is '*' while allow-credentials is true: browsers then read it as a header named '*'",
							"list the response headers to expose, or set allow-credentials to false"));
					return false;
				}
				if (CorsSafelist.isForbiddenResponseHeaderName(name)) {
					problems.add(problem(PolicySetting.EXPOSED_HEADERS, i, name,
							"is a header that browsers never expose to scripts", "remove it"));
					return false;
				}
				return true;
			});
		}

		private List<String> headerNames(PolicySetting setting, List<String> names, List<PolicyProblem> problems,
				EntryCheck check) {
			Map<String, String> unique = new LinkedHashMap<>();
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i);
				if (name == null || (!name.equals("*") && !HttpTokens.isToken(name))) {
					problems.add(problem(setting, i, name, "is not a valid header name",
							"write an HTTP token such as X-Request-Id, or '*'"));
				}
				else if (check.accepts(i, name)) {
					unique.putIfAbsent(AsciiCase.toLowerCase(name), name);
				}
			}
			if (setting == PolicySetting.ALLOWED_HEADERS && unique.containsKey("*")) {
				return List.of("*");
			}
			return List.copyOf(unique.values());
		}

		private static PolicyProblem problem(PolicySetting setting, int index, String value, String problem,
				String fix) {
			return new PolicyProblem(setting, index, value, problem, fix);
		}

		private static List<String> listOf(String... values) {
			List<String> list = new ArrayList<>(values.length);
			Collections.addAll(list, values);
			return list;
		}

		/** A null collection restores the default; a null entry stays, to be reported by {@link #build()}. */
		private static List<String> copy(Collection<String> values, List<String> defaults) {
			return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : defaults;
		}

		@FunctionalInterface
		private interface EntryCheck {

			boolean accepts(int index, String name);

		}

	}

}
