package io.crossorigin.cors.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration properties for named CORS policies ({@code cors.*}).
 */
@ConfigurationProperties("cors")
public class CorsProperties {

	/**
	 * Whether to enforce CORS policies. When false, nothing is registered.
	 */
	private boolean enabled = true;

	/**
	 * Settings every policy inherits unless it sets them itself.
	 */
	@NestedConfigurationProperty
	private final CorsPolicyProperties defaults = new CorsPolicyProperties();

	/**
	 * Named policies, in declaration order (which breaks ties between equally specific path
	 * patterns), selected by path pattern or by @CrossOriginPolicy.
	 */
	private final Map<String, CorsPolicyProperties> policies = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public CorsPolicyProperties getDefaults() {
		return this.defaults;
	}

	public Map<String, CorsPolicyProperties> getPolicies() {
		return this.policies;
	}

}
