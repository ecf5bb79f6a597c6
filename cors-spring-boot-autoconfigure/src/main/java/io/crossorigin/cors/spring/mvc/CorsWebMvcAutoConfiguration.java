package io.crossorigin.cors.spring.mvc;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;

/**
 * Auto-configuration of CORS policies in Spring MVC: the {@link CorsPolicyInterceptor}, registered
 * before every other interceptor, a handler mapping that lets it answer preflights to paths no
 * controller maps, and the startup validation of every {@code @CrossOriginPolicy}.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(CorsPolicySelector.class)
public class CorsWebMvcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyInterceptor corsPolicyInterceptor(CorsPolicySelector selector, CorsEngine engine) {
		return new CorsPolicyInterceptor(selector, engine);
	}

	@Bean
	WebMvcConfigurer corsPolicyWebMvcConfigurer(CorsPolicyInterceptor interceptor) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor).order(Ordered.HIGHEST_PRECEDENCE);
			}

		};
	}

	@Bean
	CorsPreflightHandlerMapping corsPreflightHandlerMapping(CorsPolicyRegistry registry,
			CorsPolicyInterceptor interceptor) {
		return new CorsPreflightHandlerMapping(registry, interceptor);
	}

	/** Makes Spring's own CORS processing step aside wherever a policy applies. */
	@Bean
	static BeanPostProcessor corsPolicyAwareCorsProcessorInstaller(ObjectProvider<CorsPolicyInterceptor> interceptor) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping && !(bean instanceof CorsPreflightHandlerMapping)
						&& !(mapping.getCorsProcessor() instanceof PolicyAwareCorsProcessor)) {
					mapping.setCorsProcessor(new PolicyAwareCorsProcessor(mapping.getCorsProcessor(), interceptor::getObject));
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
