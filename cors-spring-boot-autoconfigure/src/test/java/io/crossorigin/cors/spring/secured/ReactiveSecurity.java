package io.crossorigin.cors.spring.secured;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The same Spring Security setup as {@link ServletSecurity}, for Spring WebFlux.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class ReactiveSecurity {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
			@Value("${" + SecurityCorsMode.PROPERTY + "}") SecurityCorsMode mode) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/public/**", "/legacy/**")
			.permitAll()
			.pathMatchers("/api/admin/**")
			.hasRole("ADMIN")
			.anyExchange()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(ServerHttpSecurity.CsrfSpec::disable);
		switch (mode) {
			case HTTP_CORS -> http.cors(Customizer.withDefaults());
			case CONFIGURED_SOURCE -> http.cors((cors) -> cors.configurationSource(UserCorsSources.reactive()));
			default -> {
				// NONE: nothing about CORS; SOURCE_BEAN: Spring Security finds the bean by itself
			}
		}
		return http.build();
	}

	@Bean
	@ConditionalOnProperty(name = SecurityCorsMode.PROPERTY, havingValue = "source-bean")
	UrlBasedCorsConfigurationSource corsConfigurationSource() {
		return UserCorsSources.reactive();
	}

	@Bean
	MapReactiveUserDetailsService users() {
		return new MapReactiveUserDetailsService(
				User.withUsername(SecuredScenarios.USER).password("{noop}" + SecuredScenarios.PASSWORD).roles("USER").build(),
				User.withUsername(SecuredScenarios.ADMIN).password("{noop}" + SecuredScenarios.PASSWORD).roles("ADMIN").build());
	}

}
