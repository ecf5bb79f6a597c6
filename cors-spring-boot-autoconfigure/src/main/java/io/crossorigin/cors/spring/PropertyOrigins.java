package io.crossorigin.cors.spring;

import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Tells where a group of properties was defined: the key and, when Spring Boot tracked it, the file
 * and line (or other origin) of its first property, e.g.
 * {@code cors.policies.api (class path resource [application.yml] - 4:5)}.
 */
final class PropertyOrigins {

	private final Iterable<ConfigurationPropertySource> sources;

	PropertyOrigins(Environment environment) {
		this.sources = (environment instanceof ConfigurableEnvironment) ? ConfigurationPropertySources.get(environment)
				: java.util.List.of();
	}

	String describe(String prefix) {
		ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(prefix);
		if (name == null) {
			return prefix;
		}
		for (ConfigurationPropertySource source : this.sources) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				Optional<Origin> origin = iterable.stream()
					.filter(name::isAncestorOf)
					.findFirst()
					.map(source::getConfigurationProperty)
					.map(ConfigurationProperty::getOrigin);
				if (origin.isPresent()) {
					return prefix + " (" + origin.get() + ")";
				}
			}
		}
		return prefix;
	}

}
