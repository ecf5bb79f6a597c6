package io.crossorigin.cors.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;

import io.crossorigin.cors.PolicyMode;

/**
 * The CORS configurations the application already has, Spring's way, found once every singleton
 * exists: each with the enforced policy that shadows it (logged at WARN, once per configuration)
 * and its translation into {@code cors.policies.*} YAML. The {@code cors} endpoint lists them, so
 * that a team can move its CORS into policies without retyping it.
 */
public class SpringCorsReport implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog("io.crossorigin.cors");

	private final ObjectProvider<SpringCorsConfiguration.Finder> finders;

	private final CorsPolicyRegistry registry;

	private volatile List<Finding> findings = List.of();

	/**
	 * Creates the report.
	 * @param finders each kind of configuration's finder
	 * @param registry the policies, to tell which shadows a configuration
	 */
	public SpringCorsReport(ObjectProvider<SpringCorsConfiguration.Finder> finders, CorsPolicyRegistry registry) {
		this.finders = finders;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Finding> found = new ArrayList<>();
		int index = 1;
		Set<String> enforced = enforcedPolicies();
		for (SpringCorsConfiguration.Finder finder : this.finders.orderedStream().toList()) {
			for (SpringCorsConfiguration configuration : finder.find()) {
				CorsConfiguration settings = configuration.configuration();
				if (settings == null) {
					found.add(unreadable(configuration, enforced));
					continue;
				}
				Set<String> shadowing = shadowing(configuration.pathPatterns());
				SpringCorsTranslation translation = SpringCorsTranslation.of("spring-" + index++, settings,
						configuration.pathPatterns());
				found.add(new Finding(configuration.source(), configuration.pathPatterns(), join(shadowing), translation,
						null));
				if (!shadowing.isEmpty()) {
					logger.warn("Spring's CORS configuration " + configuration.source() + " on "
							+ configuration.pathPatterns() + " is shadowed by " + policies(shadowing)
							+ ": the policy answers those requests and Spring's configuration is ignored there."
							+ " Move what it allows into the policy (the cors endpoint shows it as cors.policies YAML),"
							+ " or set the policy's mode: report-only to compare the two first");
				}
			}
		}
		this.findings = List.copyOf(found);
	}

	/**
	 * A configuration whose paths are unknown: every enforced policy may shadow it, so the WARN
	 * names them all, and says how to have it read.
	 */
	private Finding unreadable(SpringCorsConfiguration configuration, Set<String> enforced) {
		if (!enforced.isEmpty()) {
			logger.warn("Spring's CORS configuration " + configuration.source()
					+ " keeps its settings private, so the starter cannot tell which paths it covers: wherever "
					+ policies(enforced) + " appl" + ((enforced.size() == 1) ? "ies" : "y")
					+ ", the policy answers and Spring's configuration is ignored. " + configuration.unreadable());
		}
		return new Finding(configuration.source(), List.of(), join(enforced), null, configuration.unreadable());
	}

	private Set<String> enforcedPolicies() {
		Set<String> enforced = new LinkedHashSet<>();
		this.registry.current().policies().forEach((name, policy) -> {
			if (policy.policy().mode() == PolicyMode.ENFORCE) {
				enforced.add(name);
			}
		});
		return enforced;
	}

	private static @Nullable String join(Set<String> names) {
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static String policies(Set<String> names) {
		return "CORS polic" + ((names.size() == 1) ? "y '" : "ies '") + String.join("', '", names) + "'";
	}

	/** The enforced policies that a request to each pattern's example path would meet. */
	private Set<String> shadowing(List<String> pathPatterns) {
		Set<String> names = new LinkedHashSet<>();
		for (String pattern : pathPatterns) {
			NamedCorsPolicy policy = this.registry.current().forPath(PathContainer.parsePath(CorsPolicySet.examplePath(pattern)));
			if (policy != null && policy.policy().mode() == PolicyMode.ENFORCE) {
				names.add(policy.name());
			}
		}
		return names;
	}

	/**
	 * What was found.
	 * @return each configuration with its shadowing policy and translation
	 */
	public List<Finding> findings() {
		return this.findings;
	}

	/**
	 * One configuration Spring applies.
	 *
	 * @param source where it is configured
	 * @param pathPatterns the paths it applies to; empty if Spring keeps them private
	 * @param shadowedBy the enforced policies that answer those paths instead (every enforced policy
	 * when the paths are private), or null
	 * @param translation the same as {@code cors.policies} YAML, or why the starter would refuse it;
	 * null when Spring keeps the configuration private
	 * @param unreadable why Spring's configuration cannot be read, and how to have it read; or null
	 */
	public record Finding(String source, List<String> pathPatterns, @Nullable String shadowedBy,
			@Nullable SpringCorsTranslation translation, @Nullable String unreadable) {
	}

}
