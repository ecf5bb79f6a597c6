package io.crossorigin.cors.spring;

import java.time.Duration;
import java.util.List;

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
	private List<String> pathPatterns;

	/**
	 * Origins allowed to read responses: exact origins (https://app.example.com), subdomain
	 * patterns (https://*.example.com), any-port patterns (http://localhost:*), '*' for any origin,
	 * or 'null' for the opaque origin.
	 */
	private List<String> allowedOrigins;

	/**
	 * Methods allowed in cross-origin requests, or '*' for any. GET implies HEAD.
	 */
	private List<String> allowedMethods;

	/**
	 * Request headers allowed in cross-origin requests, or '*' for any.
	 */
	private List<String> allowedHeaders;

	/**
	 * Response headers, beyond the CORS-safelisted ones, that pages may read; '*' for all (only
	 * without credentials).
	 */
	private List<String> exposedHeaders;

	/**
	 * Whether credentialed requests (cookies, HTTP authentication) may read responses.
	 */
	private Boolean allowCredentials;

	/**
	 * How long browsers may cache a preflight's answer; sent in whole seconds.
	 */
	private Duration maxAge;

	/**
	 * Whether to accept Private Network Access preflights (Access-Control-Request-Private-Network).
	 */
	private Boolean allowPrivateNetwork;

	/**
	 * Whether plain-http origins other than loopback are accepted together with credentials,
	 * although anyone on the network path can script them.
	 */
	private Boolean allowInsecureOrigins;

	public List<String> getPathPatterns() {
		return this.pathPatterns;
	}

	public void setPathPatterns(List<String> pathPatterns) {
		this.pathPatterns = pathPatterns;
	}

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public List<String> getAllowedMethods() {
		return this.allowedMethods;
	}

	public void setAllowedMethods(List<String> allowedMethods) {
		this.allowedMethods = allowedMethods;
	}

	public List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
	}

	public List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
	}

	public Boolean getAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(Boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public Boolean getAllowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	public void setAllowPrivateNetwork(Boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
	}

	public Boolean getAllowInsecureOrigins() {
		return this.allowInsecureOrigins;
	}

	public void setAllowInsecureOrigins(Boolean allowInsecureOrigins) {
		this.allowInsecureOrigins = allowInsecureOrigins;
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
	}

}
