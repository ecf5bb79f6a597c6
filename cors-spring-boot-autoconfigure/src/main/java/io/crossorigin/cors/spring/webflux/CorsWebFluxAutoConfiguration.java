package io.crossorigin.cors.spring.webflux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * Auto-configuration of CORS policies in Spring WebFlux: the {@link CorsPolicyWebFilter}, ahead of
 * Spring Security's filters ({@code cors.filter-order}); Spring's own CORS processing (handler
 * mappings, and Spring Security's {@code CorsWebFilter}) stepping aside where a policy applied.
 *
 * <p>No bean that Spring Security detects for CORS (a reactive {@code CorsConfigurationSource}) is
 * published: {@code http.cors()} is neither needed nor harmful.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
@ConditionalOnBean(CorsPolicySelector.class)
public class CorsWebFluxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyWebFilter corsPolicyWebFilter(CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<RequestMappingHandlerMapping> mappings, CorsProperties properties,
			ObjectProvider<CorsDecisionListener> listeners) {
		return new CorsPolicyWebFilter(selector, engine, mappings.orderedStream().toList(), properties.getFilterOrder(),
				CorsDecisionListener.of(listeners.orderedStream().toList()));
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

	/** With Spring Security: the {@code CorsWebFilter} of its chains steps aside wherever a policy applied. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityWebFilterChain.class)
	static class SpringSecurityConfiguration {

		@Bean
		static BeanPostProcessor corsPolicyAwareSecurityWebFilterChains() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof SecurityWebFilterChain chain && !(bean instanceof PolicyAwareSecurityWebFilterChain)) {
						return new PolicyAwareSecurityWebFilterChain(chain);
					}
					return bean;
				}

			};
		}

	}

}
