package io.crossorigin.cors.spring;

import java.time.Clock;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.util.pattern.PathPattern;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.OriginSet;

/**
 * Auto-configuration of the parts both web stacks share: the engine, the registry of validated
 * policies ({@code cors.policies} and {@link CorsPolicyRegistrar} beans; an origin entry
 * {@code bean:name} names an {@link OriginSet} bean), the selector that picks
 * one per request, and the startup validation of every {@link CrossOriginPolicy}.
 * {@code cors.enabled=false} registers nothing.
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

	/**
	 * The registry. It reads {@code cors.*} from the environment itself, at startup and on each
	 * reload, so that a reload sees the environment as it is then.
	 */
	@Bean
	@ConditionalOnMissingBean
	CorsPolicyRegistry corsPolicyRegistry(Environment environment, ObjectProvider<CorsPolicyRegistrar> registrars,
			ListableBeanFactory beanFactory) {
		return new CorsPolicyRegistry(
				() -> Binder.get(environment).bindOrCreate(CorsProperties.PREFIX, CorsProperties.class),
				() -> registrars.orderedStream().toList(), environment, Clock.systemUTC(),
				(name) -> beanFactory.containsBean(name) && beanFactory.isTypeMatch(name, OriginSet.class)
						? beanFactory.getBean(name, OriginSet.class) : null);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicySelector corsPolicySelector(CorsPolicyRegistry registry) {
		return new CorsPolicySelector(registry);
	}

	/** Derives and validates every {@code @CrossOriginPolicy} once all singletons exist, failing startup if one is invalid. */
	@Bean
	static CrossOriginPolicyScanner corsPolicyAnnotationScanner(ListableBeanFactory beanFactory,
			ObjectProvider<CorsPolicyRegistry> registry) {
		return new CrossOriginPolicyScanner(beanFactory, registry);
	}

}
