package io.crossorigin.cors.spring;

import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The {@code cors.policies} properties as a {@link CorsPolicyRegistrar}, the first of all: they are
 * read again at each call (at startup and on every reload), and each policy's settings are named
 * by their property path, with the file and line they were read from when Spring Boot tracked it.
 */
final class PropertiesCorsPolicyRegistrar implements CorsPolicyRegistrar, PolicySourceNaming, Ordered {

	private static final String PREFIX = CorsProperties.PREFIX + ".policies.";

	private final Supplier<CorsProperties> properties;

	/**
	 * One view of the environment's property sources for every policy: a new view per policy
	 * mapped every property name of every source again (1,000 policies: 87 MB allocated instead
	 * of 15, {@code RegistryStartupBenchmark}). An application's environment is attached, so the
	 * view follows the sources a reload adds.
	 */
	private final PropertyOrigins origins;

	/**
	 * @param properties binds {@code cors.*}; a value that does not bind throws Spring Boot's
	 * {@code BindException}
	 * @param environment tells which file defined a property
	 */
	PropertiesCorsPolicyRegistrar(Supplier<CorsProperties> properties, Environment environment) {
		this.properties = properties;
		this.origins = new PropertyOrigins(environment);
	}

	@Override
	public void registerPolicies(CorsPolicyRegistrations policies) {
		this.properties.get().getPolicies().forEach((name, settings) -> policies.add(name, settings::copyTo));
	}

	@Override
	public String prefix(String name) {
		return PREFIX + name + ".";
	}

	@Override
	public String source(String name) {
		return this.origins.describe(PREFIX + name);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
