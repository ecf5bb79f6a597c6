package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.server.HandshakeInterceptor;

import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

/**
 * Auto-configuration of CORS policies in Spring MVC: the {@link CorsPolicyFilter}, registered
 * ahead of Spring Security's filters ({@code cors.filter-order}) for the request and error
 * dispatches, which decides every request a container serves; the {@link CorsPolicyInterceptor},
 * first of all interceptors, which decides requests that reach {@code DispatcherServlet} without
 * passing the filter; a handler mapping that lets the interceptor answer preflights to paths no
 * controller maps; the handler lookup they and the {@code cors} endpoint share; and Spring's own
 * CORS processing (handler mappings, and Spring Security's {@code CorsFilter}) stepping aside where
 * a policy applies.
 *
 * <p>No bean that Spring Security detects for CORS ({@code corsFilter},
 * {@code corsConfigurationSource}) is published: {@code http.cors()} is neither needed nor harmful.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(CorsPolicyEnforcer.class)
public class CorsWebMvcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServletHandlerMethodLookup corsHandlerMethodLookup(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new ServletHandlerMethodLookup(mappings);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyInterceptor corsPolicyInterceptor(CorsPolicyEnforcer enforcer) {
		return new CorsPolicyInterceptor(enforcer);
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

	/** Spring MVC's own CORS configurations, for the report of what the policies shadow. */
	@Bean
	MvcSpringCorsFinder corsMvcSpringCorsFinder(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<WebMvcConfigurer> configurers, Environment environment) {
		return new MvcSpringCorsFinder(mappings, configurers, environment);
	}

	/** Spring MVC's CORS configurations that keep their settings private, named in the same report. */
	@Bean
	MvcPrivateCorsFinder corsMvcPrivateCorsFinder(ListableBeanFactory beanFactory) {
		return new MvcPrivateCorsFinder(beanFactory);
	}

	@Bean
	CorsPreflightHandlerMapping corsPreflightHandlerMapping(CorsPolicyRegistry registry,
			CorsPolicyInterceptor interceptor) {
		return new CorsPreflightHandlerMapping(registry, interceptor);
	}

	@Bean
	static HandlerMappingCorsPostProcessor corsHandlerMappingPostProcessor(ObjectProvider<CorsPolicySelector> selector,
			ObjectProvider<CorsPolicyInterceptor> interceptor) {
		return new HandlerMappingCorsPostProcessor(selector, interceptor);
	}

	/**
	 * The filter that decides every request a container serves, ordered ahead of Spring Security's
	 * ({@code cors.filter-order}), for the request and the error dispatch.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(FilterRegistrationBean.class)
	static class FilterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CorsPolicyFilter corsPolicyFilter(CorsPolicyEnforcer enforcer, ServletHandlerMethodLookup handlers) {
			return new CorsPolicyFilter(enforcer, handlers);
		}

		@Bean
		@ConditionalOnMissingBean(name = "corsPolicyFilterRegistration")
		FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(CorsPolicyFilter filter,
				CorsProperties properties) {
			FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(properties.getFilterOrder());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}

	}

	/** With Spring Security: its {@code CorsFilter} steps aside wherever a policy applies. */
	/** WebSocket, STOMP and SockJS endpoints: where a policy covers a handshake, Spring's origin check steps aside. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HandshakeInterceptor.class)
	static class WebSocketConfiguration {

		@Bean
		static WebSocketHandshakePostProcessor corsWebSocketHandshakePostProcessor(
				ObjectProvider<CorsPolicyEnforcer> enforcer) {
			return new WebSocketHandshakePostProcessor(enforcer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityFilterChain.class)
	static class SpringSecurityConfiguration {

		@Bean
		static SecurityCorsFilterPostProcessor corsPolicyAwareSecurityCorsFilters() {
			return new SecurityCorsFilterPostProcessor();
		}

	}

}
