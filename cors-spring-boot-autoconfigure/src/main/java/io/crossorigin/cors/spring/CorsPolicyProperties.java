package io.crossorigin.cors.spring;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.DisallowedRequests;
import io.crossorigin.cors.PolicyMode;

/**
 * The settings of one CORS policy, as bound from {@code cors.defaults} or
 * {@code cors.policies.<name>}. A setting left unset (null) is inherited: a policy's from
 * {@code cors.defaults}, and {@code cors.defaults}' from the built-in default.
 */
public class CorsPolicyProperties {

	/**
	 * Request paths the policy applies to, in Spring PathPattern syntax (e.g. /api/**). A policy
	 * without patterns applies only where @CrossOriginPolicy names it.
	 */
	private @Nullable List<String> pathPatterns;

	/**
	 * Origins allowed to read responses: exact origins (https://app.example.com), subdomain
	 * patterns (https://*.example.com), any-port patterns (http://localhost:*), '*' for any origin,
	 * or 'null' for the opaque origin.
	 */
	private @Nullable List<String> allowedOrigins;

	/**
	 * Methods allowed in cross-origin requests, or '*' for any. GET implies HEAD.
	 */
	private @Nullable List<String> allowedMethods;

	/**
	 * Request headers allowed in cross-origin requests, or '*' for any.
	 */
	private @Nullable List<String> allowedHeaders;

	/**
	 * Response headers, beyond the CORS-safelisted ones, that pages may read; '*' for all (only
	 * without credentials).
	 */
	private @Nullable List<String> exposedHeaders;

	/**
	 * Whether credentialed requests (cookies, HTTP authentication) may read responses.
	 */
	private @Nullable Boolean allowCredentials;

	/**
	 * How long browsers may cache a preflight's answer; sent in whole seconds.
	 */
	private @Nullable Duration maxAge;

	/**
	 * Whether to accept Private Network Access preflights (Access-Control-Request-Private-Network).
	 * Legacy: Chrome replaced Private Network Access with the Local Network Access permission
	 * prompt, which asks the user rather than the server; kept for browsers that still send it.
	 */
	private @Nullable Boolean allowPrivateNetwork;

	/**
	 * Whether plain-http origins other than loopback are accepted together with credentials,
	 * although anyone on the network path can script them.
	 */
	private @Nullable Boolean allowInsecureOrigins;

	/**
	 * What happens to an actual request whose origin or method the policy does not allow: 'pass'
	 * (the default) lets it proceed without CORS headers, so the browser withholds the response;
	 * 'refuse' answers it 403 before any handler runs, as Spring's own CORS processing does.
	 */
	private @Nullable DisallowedRequests disallowedRequests;

	/**
	 * 'enforce' (the default) applies the policy; 'report-only' decides, logs, meters and explains
	 * every request as 'enforce' would but changes nothing on the wire, and counts how its answers
	 * differ from the application's own (the cors endpoint, the report tag of cors.requests).
	 */
	private @Nullable PolicyMode mode;

	public @Nullable List<String> getPathPatterns() {
		return this.pathPatterns;
	}

	public void setPathPatterns(@Nullable List<String> pathPatterns) {
		this.pathPatterns = pathPatterns;
	}

	public @Nullable List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(@Nullable List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public @Nullable List<String> getAllowedMethods() {
		return this.allowedMethods;
	}

	public void setAllowedMethods(@Nullable List<String> allowedMethods) {
		this.allowedMethods = allowedMethods;
	}

	public @Nullable List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(@Nullable List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
	}

	public @Nullable List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(@Nullable List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
	}

	public @Nullable Boolean getAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(@Nullable Boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public @Nullable Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(@Nullable Duration maxAge) {
		this.maxAge = maxAge;
	}

	public @Nullable Boolean getAllowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	public void setAllowPrivateNetwork(@Nullable Boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
	}

	public @Nullable Boolean getAllowInsecureOrigins() {
		return this.allowInsecureOrigins;
	}

	public void setAllowInsecureOrigins(@Nullable Boolean allowInsecureOrigins) {
		this.allowInsecureOrigins = allowInsecureOrigins;
	}

	public @Nullable DisallowedRequests getDisallowedRequests() {
		return this.disallowedRequests;
	}

	public void setDisallowedRequests(@Nullable DisallowedRequests disallowedRequests) {
		this.disallowedRequests = disallowedRequests;
	}

	public @Nullable PolicyMode getMode() {
		return this.mode;
	}

	public void setMode(@Nullable PolicyMode mode) {
		this.mode = mode;
	}

	/** Copies every setting, set or not, to another instance: what a registrar registers for these. */
	void copyTo(CorsPolicyProperties target) {
		target.setPathPatterns(this.pathPatterns);
		target.setAllowedOrigins(this.allowedOrigins);
		target.setAllowedMethods(this.allowedMethods);
		target.setAllowedHeaders(this.allowedHeaders);
		target.setExposedHeaders(this.exposedHeaders);
		target.setAllowCredentials(this.allowCredentials);
		target.setMaxAge(this.maxAge);
		target.setAllowPrivateNetwork(this.allowPrivateNetwork);
		target.setAllowInsecureOrigins(this.allowInsecureOrigins);
		target.setDisallowedRequests(this.disallowedRequests);
		target.setMode(this.mode);
	}

}
