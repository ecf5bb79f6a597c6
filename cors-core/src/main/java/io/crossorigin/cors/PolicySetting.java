package io.crossorigin.cors;

/**
 * The settings of a {@link CorsPolicy}, named as their configuration properties are.
 */
public enum PolicySetting {

	/** The allowed origins and origin patterns. */
	ALLOWED_ORIGINS("allowed-origins"),

	/** The allowed methods. */
	ALLOWED_METHODS("allowed-methods"),

	/** The allowed request headers. */
	ALLOWED_HEADERS("allowed-headers"),

	/** The response headers exposed to the page. */
	EXPOSED_HEADERS("exposed-headers"),

	/** Whether credentialed requests are allowed. */
	ALLOW_CREDENTIALS("allow-credentials"),

	/** How long a browser may cache a preflight's answer. */
	MAX_AGE("max-age"),

	/** Whether Private Network Access preflights are allowed. */
	ALLOW_PRIVATE_NETWORK("allow-private-network"),

	/** Whether plain-http origins are allowed together with credentials. */
	ALLOW_INSECURE_ORIGINS("allow-insecure-origins"),

	/** What happens to an actual request whose origin or method is not allowed. */
	DISALLOWED_REQUESTS("disallowed-requests"),

	/** Whether the policy is enforced or only reports what it would change. */
	MODE("mode");

	private final String propertyName;

	PolicySetting(String propertyName) {
		this.propertyName = propertyName;
	}

	/**
	 * The setting's name in kebab case, as in {@code cors.policies.<name>.allowed-origins}.
	 * @return the property name
	 */
	public String propertyName() {
		return this.propertyName;
	}

}
