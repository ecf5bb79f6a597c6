package io.crossorigin.cors.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.core.Ordered;

/**
 * Configuration properties for named CORS policies ({@code cors.*}).
 */
@ConfigurationProperties("cors")
public class CorsProperties {

	/** The prefix of every property of this starter. */
	public static final String PREFIX = "cors";

	/**
	 * The default {@link #getFilterOrder() filter order}: ahead of Spring Security's filters
	 * (order -100 on both stacks), behind filters at {@link Ordered#HIGHEST_PRECEDENCE} that
	 * observe or trace the whole exchange.
	 */
	public static final int DEFAULT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * Whether to enforce CORS policies. When false, nothing is registered.
	 */
	private boolean enabled = true;

	/**
	 * Order of the filter that enforces the policies (a servlet Filter in Spring MVC, a WebFilter
	 * in Spring WebFlux). The default runs it ahead of Spring Security's filters, so that
	 * preflights are answered before authentication and 401 and 403 responses carry CORS headers.
	 */
	private int filterOrder = DEFAULT_FILTER_ORDER;

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

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

	public CorsPolicyProperties getDefaults() {
		return this.defaults;
	}

	public Map<String, CorsPolicyProperties> getPolicies() {
		return this.policies;
	}

}
