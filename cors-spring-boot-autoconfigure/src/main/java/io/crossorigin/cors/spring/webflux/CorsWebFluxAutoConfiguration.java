package io.crossorigin.cors.spring.webflux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicySelector;

/**
 * Auto-configuration of CORS policies in Spring WebFlux: the {@link CorsPolicyWebFilter}, first of
 * all filters, and the startup validation of every {@code @CrossOriginPolicy}.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
@ConditionalOnBean(CorsPolicySelector.class)
public class CorsWebFluxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyWebFilter corsPolicyWebFilter(CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new CorsPolicyWebFilter(selector, engine, mappings.orderedStream().toList());
	}

	/** Makes Spring's own CORS processing step aside wherever a policy applied. */
	@Bean
	static BeanPostProcessor corsPolicyAwareCorsProcessorInstaller() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping
						&& !(mapping.getCorsProcessor() instanceof PolicyAwareCorsProcessor)) {
					mapping.setCorsProcessor(new PolicyAwareCorsProcessor(mapping.getCorsProcessor()));
				}
				return bean;
			}

		};
	}

	/** Resolves every {@code @CrossOriginPolicy} once the controllers are mapped, failing startup if one is invalid. */
	@Bean
	SmartInitializingSingleton corsPolicyAnnotationValidator(CorsPolicySelector selector,
			ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return () -> selector.validate(
				mappings.orderedStream().flatMap((mapping) -> mapping.getHandlerMethods().values().stream()).toList());
	}

}
