package io.crossorigin.cors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link CorsPolicy}. Every setting starts at its default; {@link #build()} validates all
 * of them and reports every problem at once.
 */
public final class CorsPolicyBuilder {

	private List<@Nullable String> allowedOrigins = List.of();

	private List<OriginSet> originSets = List.of();

	private List<@Nullable String> allowedMethods = CorsPolicy.DEFAULT_ALLOWED_METHODS;

	private List<@Nullable String> allowedHeaders = CorsPolicy.DEFAULT_ALLOWED_HEADERS;

	private List<@Nullable String> exposedHeaders = List.of();

	private boolean allowCredentials;

	private Duration maxAge = CorsPolicy.DEFAULT_MAX_AGE;

	private boolean allowPrivateNetwork;

	private boolean allowInsecureOrigins;

	private DisallowedRequests disallowedRequests = DisallowedRequests.PASS;

	private PolicyMode mode = PolicyMode.ENFORCE;

	CorsPolicyBuilder() {
	}

	/**
	 * Exact origins ({@code https://app.example.com}), subdomain patterns ({@code https://*.example.com}),
	 * any-port patterns ({@code http://localhost:*}), {@code *} or {@code null}. Default: none.
	 * @param origins the entries
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedOrigins(@Nullable String... origins) {
		return allowedOrigins(listOf(origins));
	}

	/**
	 * See {@link #allowedOrigins(String...)}.
	 * @param origins the entries; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedOrigins(@Nullable Collection<? extends @Nullable String> origins) {
		this.allowedOrigins = copy(origins, List.of());
		return this;
	}

	/**
	 * Sets of origins that change at runtime, allowed besides the fixed entries. Default: none.
	 * @param sets the sets
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedOriginSets(OriginSet... sets) {
		return allowedOriginSets(List.of(sets));
	}

	/**
	 * See {@link #allowedOriginSets(OriginSet...)}.
	 * @param sets the sets; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedOriginSets(@Nullable Collection<OriginSet> sets) {
		this.originSets = (sets != null) ? List.copyOf(sets) : List.of();
		return this;
	}

	/**
	 * Allowed methods, or {@code *} for any. Default: GET, HEAD, POST. GET implies HEAD.
	 * @param methods the methods
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedMethods(@Nullable String... methods) {
		return allowedMethods(listOf(methods));
	}

	/**
	 * See {@link #allowedMethods(String...)}.
	 * @param methods the methods; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedMethods(@Nullable Collection<? extends @Nullable String> methods) {
		this.allowedMethods = copy(methods, CorsPolicy.DEFAULT_ALLOWED_METHODS);
		return this;
	}

	/**
	 * Allowed request header names, or {@code *} for any. Default: {@code *}.
	 * @param headers the header names
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedHeaders(@Nullable String... headers) {
		return allowedHeaders(listOf(headers));
	}

	/**
	 * See {@link #allowedHeaders(String...)}.
	 * @param headers the header names; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder allowedHeaders(@Nullable Collection<? extends @Nullable String> headers) {
		this.allowedHeaders = copy(headers, CorsPolicy.DEFAULT_ALLOWED_HEADERS);
		return this;
	}

	/**
	 * Response headers the page may read, or {@code *} for all (only without credentials).
	 * Default: none.
	 * @param headers the header names
	 * @return this builder
	 */
	public CorsPolicyBuilder exposedHeaders(@Nullable String... headers) {
		return exposedHeaders(listOf(headers));
	}

	/**
	 * See {@link #exposedHeaders(String...)}.
	 * @param headers the header names; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder exposedHeaders(@Nullable Collection<? extends @Nullable String> headers) {
		this.exposedHeaders = copy(headers, List.of());
		return this;
	}

	/**
	 * Whether credentialed requests may read responses. Default: false.
	 * @param allowCredentials the flag
	 * @return this builder
	 */
	public CorsPolicyBuilder allowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
		return this;
	}

	/**
	 * How long a browser may cache a preflight's answer, sent in whole seconds. Default: 30 minutes.
	 * @param maxAge the duration, not negative; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder maxAge(@Nullable Duration maxAge) {
		this.maxAge = (maxAge != null) ? maxAge : CorsPolicy.DEFAULT_MAX_AGE;
		return this;
	}

	/**
	 * Whether Private Network Access preflights are accepted. Default: false.
	 * @param allowPrivateNetwork the flag
	 * @return this builder
	 */
	public CorsPolicyBuilder allowPrivateNetwork(boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
		return this;
	}

	/**
	 * Whether plain-http origins other than loopback are accepted together with credentials.
	 * Default: false, since anyone on the network path can script such an origin.
	 * @param allowInsecureOrigins the flag
	 * @return this builder
	 */
	public CorsPolicyBuilder allowInsecureOrigins(boolean allowInsecureOrigins) {
		this.allowInsecureOrigins = allowInsecureOrigins;
		return this;
	}

	/**
	 * What happens to an actual request whose origin or method is not allowed. Default:
	 * {@link DisallowedRequests#PASS}.
	 * @param disallowedRequests pass or refuse; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder disallowedRequests(@Nullable DisallowedRequests disallowedRequests) {
		this.disallowedRequests = (disallowedRequests != null) ? disallowedRequests : DisallowedRequests.PASS;
		return this;
	}

	/**
	 * Whether the policy is enforced or only reports what it would change. Default:
	 * {@link PolicyMode#ENFORCE}.
	 * @param mode the mode; null restores the default
	 * @return this builder
	 */
	public CorsPolicyBuilder mode(@Nullable PolicyMode mode) {
		this.mode = (mode != null) ? mode : PolicyMode.ENFORCE;
		return this;
	}

	/**
	 * Validates every setting and builds the policy.
	 * @return the policy
	 * @throws InvalidCorsPolicyException listing every problem, if any setting is invalid
	 */
	public CorsPolicy build() {
		return CorsPolicy.of(CorsPolicyValidator.validate(new CorsPolicyValidator.Settings(this.allowedOrigins,
				this.originSets, this.allowedMethods, this.allowedHeaders, this.exposedHeaders, this.allowCredentials,
				this.maxAge, this.allowPrivateNetwork, this.allowInsecureOrigins, this.disallowedRequests, this.mode)));
	}

	private static List<@Nullable String> listOf(@Nullable String... values) {
		List<@Nullable String> list = new ArrayList<>(values.length);
		Collections.addAll(list, values);
		return list;
	}

	/** A null collection restores the default; a null entry stays, to be reported by {@link #build()}. */
	private static List<@Nullable String> copy(@Nullable Collection<? extends @Nullable String> values,
			List<@Nullable String> defaults) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : defaults;
	}

}
