package io.crossorigin.cors.spring.webflux;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * Auto-configuration of CORS policies in Spring WebFlux: the {@link CorsPolicyWebFilter}, ahead of
 * Spring Security's filters ({@code cors.filter-order}); the handler lookup it and the {@code cors}
 * endpoint share; Spring's own CORS processing (handler mappings, and Spring Security's
 * {@code CorsWebFilter}) stepping aside where a policy applied.
 *
 * <p>No bean that Spring Security detects for CORS (a reactive {@code CorsConfigurationSource}) is
 * published: {@code http.cors()} is neither needed nor harmful.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
@ConditionalOnBean(CorsPolicyEnforcer.class)
public class CorsWebFluxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveHandlerMethodLookup corsHandlerMethodLookup(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new ReactiveHandlerMethodLookup(mappings.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyWebFilter corsPolicyWebFilter(CorsPolicyEnforcer enforcer, ReactiveHandlerMethodLookup handlers,
			CorsProperties properties) {
		return new CorsPolicyWebFilter(enforcer, handlers, properties.getFilterOrder());
	}

	/** Spring WebFlux's own CORS configurations, for the report of what the policies shadow. */
	@Bean
	WebFluxSpringCorsFinder corsWebFluxSpringCorsFinder(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<WebFluxConfigurer> configurers, Environment environment) {
		return new WebFluxSpringCorsFinder(mappings, configurers, environment);
	}

	/** Spring WebFlux's CORS configurations, which keep their settings private, named in the same report. */
	@Bean
	WebFluxPrivateCorsFinder corsWebFluxPrivateCorsFinder(ListableBeanFactory beanFactory) {
		return new WebFluxPrivateCorsFinder(beanFactory);
	}

	@Bean
	static HandlerMappingCorsPostProcessor corsHandlerMappingPostProcessor() {
		return new HandlerMappingCorsPostProcessor();
	}

	/** With Spring Security: the {@code CorsWebFilter} of its chains steps aside wherever a policy applied. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityWebFilterChain.class)
	static class SpringSecurityConfiguration {

		@Bean
		static SecurityWebFilterChainPostProcessor corsSecurityWebFilterChainPostProcessor() {
			return new SecurityWebFilterChainPostProcessor();
		}

	}

}
