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
		for (SpringCorsConfiguration.Finder finder : this.finders.orderedStream().toList()) {
			for (SpringCorsConfiguration configuration : finder.find()) {
				Set<String> shadowing = shadowing(configuration.pathPatterns());
				SpringCorsTranslation translation = SpringCorsTranslation.of("spring-" + index++,
						configuration.configuration(), configuration.pathPatterns());
				Finding finding = new Finding(configuration.source(), configuration.pathPatterns(),
						shadowing.isEmpty() ? null : String.join(", ", shadowing), translation);
				found.add(finding);
				if (!shadowing.isEmpty()) {
					logger.warn("Spring's CORS configuration " + configuration.source() + " on "
							+ configuration.pathPatterns() + " is shadowed by CORS polic"
							+ ((shadowing.size() == 1) ? "y '" : "ies '") + String.join("', '", shadowing)
							+ "': the policy answers those requests and Spring's configuration is ignored there."
							+ " Move what it allows into the policy (the cors endpoint shows it as cors.policies YAML),"
							+ " or set the policy's mode: report-only to compare the two first");
				}
			}
		}
		this.findings = List.copyOf(found);
	}

	/** The enforced policies that a request to each pattern's example path would meet. */
	private Set<String> shadowing(List<String> pathPatterns) {
		Set<String> names = new LinkedHashSet<>();
		for (String pattern : pathPatterns) {
			NamedCorsPolicy policy = this.registry.current().forPath(PathContainer.parsePath(examplePath(pattern)));
			if (policy != null && policy.policy().mode() == PolicyMode.ENFORCE) {
				names.add(policy.name());
			}
		}
		return names;
	}

	/** A path the pattern matches: each wildcard and variable filled in. */
	static String examplePath(String pattern) {
		String path = pattern.replaceAll("\\{\\*[^}]*}", "x")
			.replaceAll("\\{[^}]*}", "1")
			.replace("**", "x")
			.replace("*", "x")
			.replace("?", "x");
		return path.startsWith("/") ? path : "/" + path;
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
	 * @param pathPatterns the paths it applies to
	 * @param shadowedBy the enforced policies that answer those paths instead, or null
	 * @param translation the same as {@code cors.policies} YAML, or why the starter would refuse it
	 */
	public record Finding(String source, List<String> pathPatterns, @Nullable String shadowedBy,
			SpringCorsTranslation translation) {
	}

}
