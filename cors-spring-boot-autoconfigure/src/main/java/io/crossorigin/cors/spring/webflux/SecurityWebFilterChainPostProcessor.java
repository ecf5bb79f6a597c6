package io.crossorigin.cors.spring.webflux;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Makes the {@code CorsWebFilter} of every Spring Security {@link SecurityWebFilterChain} (put
 * there by {@code http.cors(...)} or a {@code CorsConfigurationSource} bean) step aside wherever a
 * policy of this starter applied, by wrapping the chain in a
 * {@link PolicyAwareSecurityWebFilterChain}.
 */
class SecurityWebFilterChainPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SecurityWebFilterChain chain && !(bean instanceof PolicyAwareSecurityWebFilterChain)) {
			return new PolicyAwareSecurityWebFilterChain(chain);
		}
		return bean;
	}

}
