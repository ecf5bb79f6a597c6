package io.crossorigin.cors.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.util.pattern.PathPattern;

import io.crossorigin.cors.CorsEngine;

/**
 * Auto-configuration of the parts both web stacks share: the engine, the validated policies of
 * {@code cors.policies} and the selector that picks one per request. {@code cors.enabled=false}
 * registers nothing.
 */
@AutoConfiguration
@ConditionalOnClass(PathPattern.class)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CorsProperties.class)
public class CorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEngine corsEngine() {
		return new CorsEngine();
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyRegistry corsPolicyRegistry(CorsProperties properties) {
		CorsPolicyRegistry registry = CorsPolicyRegistry.of(properties);
		registry.warnings().forEach(CorsDecisionLogger::warn);
		return registry;
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicySelector corsPolicySelector(CorsPolicyRegistry registry, Environment environment) {
		return new CorsPolicySelector(registry, environment);
	}

}
