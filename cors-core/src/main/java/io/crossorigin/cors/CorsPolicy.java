package io.crossorigin.cors;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.origin.OriginPattern;

/**
 * An immutable, validated CORS policy: which origins may read responses, with which methods, request
 * headers and credentials, and what the page may read. This is the policy as configured, normalised
 * (settings with equal meaning compare equal); a {@link CorsPolicyBuilder} validates every setting at once
 * ({@link InvalidCorsPolicyException}, each problem with its {@link ProblemCode}), and the policy
 * compiles itself once into the form the {@link CorsEngine} matches requests against, so deciding a
 * request parses nothing of the configuration.
 */
public final class CorsPolicy {

	/** The methods allowed when none are configured. */
	public static final List<String> DEFAULT_ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

	/** The request headers allowed when none are configured: any. */
	public static final List<String> DEFAULT_ALLOWED_HEADERS = List.of("*");

	/** How long a browser may cache a preflight's answer when nothing is configured. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

	private final List<String> allowedOrigins;

	private final List<OriginSet> allowedOriginSets;

	private final List<String> allowedMethods;

	private final List<String> allowedHeaders;

	private final List<String> exposedHeaders;

	private final boolean allowCredentials;

	private final Duration maxAge;

	private final boolean allowPrivateNetwork;

	private final boolean allowInsecureOrigins;

	private final DisallowedRequests disallowedRequests;

	private final PolicyMode mode;

	private final List<PolicyProblem> warnings;

	private final CompiledCorsPolicy compiled;

	static CorsPolicy of(CorsPolicyValidator.ValidSettings settings) {
		return new CorsPolicy(settings);
	}

	private CorsPolicy(CorsPolicyValidator.ValidSettings settings) {
		this.allowedOrigins = settings.origins().stream().map(OriginPattern::toString).distinct().toList();
		this.allowedOriginSets = List.copyOf(settings.originSets());
		this.allowedMethods = settings.methods();
		this.allowedHeaders = settings.headers();
		this.exposedHeaders = settings.exposedHeaders();
		this.allowCredentials = settings.allowCredentials();
		this.maxAge = settings.maxAge();
		this.allowPrivateNetwork = settings.allowPrivateNetwork();
		this.allowInsecureOrigins = settings.allowInsecureOrigins();
		this.disallowedRequests = settings.disallowedRequests();
		this.mode = settings.mode();
		this.warnings = settings.warnings();
		this.compiled = new CompiledCorsPolicy(settings);
	}

	/**
	 * A builder with every setting at its default.
	 * @return a new builder
	 */
	public static CorsPolicyBuilder builder() {
		return new CorsPolicyBuilder();
	}

	/**
	 * A builder holding this policy's settings, to build a policy that differs in some of them.
	 * @return a new builder
	 */
	public CorsPolicyBuilder toBuilder() {
		return new CorsPolicyBuilder().allowedOrigins(this.allowedOrigins)
			.allowedOriginSets(this.allowedOriginSets)
			.allowedMethods(this.allowedMethods)
			.allowedHeaders(this.allowedHeaders)
			.exposedHeaders(this.exposedHeaders)
			.allowCredentials(this.allowCredentials)
			.maxAge(this.maxAge)
			.allowPrivateNetwork(this.allowPrivateNetwork)
			.allowInsecureOrigins(this.allowInsecureOrigins)
			.disallowedRequests(this.disallowedRequests)
			.mode(this.mode);
	}

	/**
	 * The allowed origins, normalised (e.g. {@code https://app.example.com}, {@code https://*.example.com}).
	 * @return the origins
	 */
	public List<String> allowedOrigins() {
		return this.allowedOrigins;
	}

	/**
	 * The sets of origins that change at runtime, which this policy allows besides its
	 * {@link #allowedOrigins() fixed entries}.
	 * @return the sets
	 */
	public List<OriginSet> allowedOriginSets() {
		return this.allowedOriginSets;
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
	 * What happens to an actual request whose origin or method the policy does not allow.
	 * @return pass (the default) or refuse
	 */
	public DisallowedRequests disallowedRequests() {
		return this.disallowedRequests;
	}

	/**
	 * Whether the policy is enforced or only reports what it would change.
	 * @return enforce (the default) or report-only
	 */
	public PolicyMode mode() {
		return this.mode;
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
		return this.compiled.allowsOrigin(origin);
	}

	/**
	 * Whether the policy allows the given method (case-sensitive, as methods are).
	 * @param method the method
	 * @return true if allowed
	 */
	public boolean allowsMethod(String method) {
		return this.compiled.allowsMethod(method);
	}

	/**
	 * Whether the policy allows the given request header name (case-insensitive).
	 * @param name the header name
	 * @return true if allowed
	 */
	public boolean allowsHeader(String name) {
		return this.compiled.allowsHeader(name);
	}

	/** What the engine matches requests against. */
	CompiledCorsPolicy compiled() {
		return this.compiled;
	}

	/**
	 * Whether another policy has the same settings (its origin sets the very same objects).
	 * @param other the other object
	 * @return true if equal
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof CorsPolicy that && this.allowCredentials == that.allowCredentials
				&& this.allowPrivateNetwork == that.allowPrivateNetwork
				&& this.allowInsecureOrigins == that.allowInsecureOrigins && this.maxAge.equals(that.maxAge)
				&& this.disallowedRequests == that.disallowedRequests && this.mode == that.mode
				&& this.allowedOrigins.equals(that.allowedOrigins) && this.allowedOriginSets.equals(that.allowedOriginSets)
				&& this.allowedMethods.equals(that.allowedMethods) && this.allowedHeaders.equals(that.allowedHeaders)
				&& this.exposedHeaders.equals(that.exposedHeaders));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.allowedOrigins, this.allowedOriginSets, this.allowedMethods, this.allowedHeaders,
				this.exposedHeaders, this.allowCredentials, this.maxAge, this.allowPrivateNetwork,
				this.allowInsecureOrigins, this.disallowedRequests, this.mode);
	}

	@Override
	public String toString() {
		return "CorsPolicy[allowedOrigins=" + this.allowedOrigins + ", allowedMethods=" + this.allowedMethods
				+ ", allowedHeaders=" + this.allowedHeaders + ", exposedHeaders=" + this.exposedHeaders
				+ ", allowCredentials=" + this.allowCredentials + ", maxAge=" + this.maxAge + ", allowPrivateNetwork="
				+ this.allowPrivateNetwork + ", allowInsecureOrigins=" + this.allowInsecureOrigins + ", disallowedRequests="
				+ this.disallowedRequests + ", mode=" + this.mode + "]";
	}

}
