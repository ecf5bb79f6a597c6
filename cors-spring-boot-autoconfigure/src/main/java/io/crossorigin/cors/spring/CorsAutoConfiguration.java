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
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.web.util.pattern.PathPattern;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.OriginSet;

/**
 * Auto-configuration of the parts both web stacks share: the engine; the registry of validated
 * policies, fed by {@link CorsPolicyRegistrar}s ({@code cors.policies} is the first; an origin entry
 * {@code bean:name} names an {@link OriginSet} bean); the selector that picks one per request; the
 * {@linkplain CorsPolicyEnforcer enforcement step} every entry point calls, with its listeners (the
 * DEBUG log, and any {@link CorsDecisionListener} bean); and the startup validation of every
 * {@link CrossOriginPolicy}. {@code cors.enabled=false} registers nothing.
 */
@AutoConfiguration
@ConditionalOnClass(PathPattern.class)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CorsProperties.class)
@ImportRuntimeHints(CorsRuntimeHints.class)
public class CorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEngine corsEngine() {
		return new CorsEngine();
	}

	/** {@code cors.policies}, read from the environment at startup and on each reload. */
	@Bean
	CorsPolicyRegistrar corsPropertiesPolicyRegistrar(Environment environment) {
		return new PropertiesCorsPolicyRegistrar(
				() -> Binder.get(environment).bindOrCreate(CorsProperties.PREFIX, CorsProperties.class), environment);
	}

	/**
	 * The registry. It reads {@code cors.defaults} and calls the registrars itself, at startup and
	 * on each reload, so that a reload sees the environment as it is then.
	 */
	@Bean
	@ConditionalOnMissingBean
	CorsPolicyRegistry corsPolicyRegistry(Environment environment, ObjectProvider<CorsPolicyRegistrar> registrars,
			ListableBeanFactory beanFactory) {
		return new CorsPolicyRegistry(
				() -> Binder.get(environment)
					.bindOrCreate(CorsProperties.PREFIX + ".defaults", CorsPolicyProperties.class),
				() -> registrars.orderedStream().toList(), environment, Clock.systemUTC(),
				(name) -> beanFactory.containsBean(name) && beanFactory.isTypeMatch(name, OriginSet.class)
						? beanFactory.getBean(name, OriginSet.class) : null);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicySelector corsPolicySelector(CorsPolicyRegistry registry) {
		return new CorsPolicySelector(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsDecisionLogger corsDecisionLogger() {
		return new CorsDecisionLogger();
	}

	/** {@code CorsConfigurationSource} beans: Spring Security's {@code http.cors()} reads one. */
	@Bean
	SpringCorsConfiguration.Finder corsConfigurationSourceFinder(ListableBeanFactory beanFactory) {
		return CommonSpringCorsFinders.sourceBeans(beanFactory);
	}

	/** Spring Cloud Gateway's {@code globalcors}, from the environment. */
	@Bean
	SpringCorsConfiguration.Finder corsGatewayGlobalCorsFinder(Environment environment) {
		return CommonSpringCorsFinders.gatewayGlobalCors(environment);
	}

	/** The application's own Spring CORS, found once every singleton exists, with what shadows it. */
	@Bean
	@ConditionalOnMissingBean
	SpringCorsReport corsSpringCorsReport(ObjectProvider<SpringCorsConfiguration.Finder> finders,
			CorsPolicyRegistry registry) {
		return new SpringCorsReport(finders, registry);
	}

	/** What each report-only policy would change; a listener, shown by the {@code cors} endpoint. */
	@Bean
	@ConditionalOnMissingBean
	ReportOnlyFindings corsReportOnlyFindings() {
		return new ReportOnlyFindings();
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyEnforcer corsPolicyEnforcer(CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<CorsDecisionListener> listeners) {
		return new CorsPolicyEnforcer(selector, engine, CorsDecisionListener.of(listeners.orderedStream().toList()));
	}

	/** Derives and validates every {@code @CrossOriginPolicy} once all singletons exist, failing startup if one is invalid. */
	@Bean
	static CrossOriginPolicyScanner corsPolicyAnnotationScanner(ListableBeanFactory beanFactory,
			ObjectProvider<CorsPolicyRegistry> registry) {
		return new CrossOriginPolicyScanner(beanFactory, registry);
	}

}
