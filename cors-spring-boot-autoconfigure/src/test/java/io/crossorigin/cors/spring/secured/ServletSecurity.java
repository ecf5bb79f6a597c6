package io.crossorigin.cors.spring.secured;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * A plain Spring Security setup for Spring MVC, as a new user writes it: HTTP Basic, an in-memory
 * user and admin, {@code /public/**} and {@code /legacy/**} permitted, {@code /api/admin/**} for
 * admins, everything else authenticated, CSRF off, method security on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class ServletSecurity {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, @Value("${" + SecurityCorsMode.PROPERTY + "}") SecurityCorsMode mode)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/public/**", "/legacy/**")
			.permitAll()
			.requestMatchers("/api/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(AbstractHttpConfigurer::disable);
		switch (mode) {
			case HTTP_CORS -> http.cors(Customizer.withDefaults());
			case CONFIGURED_SOURCE -> http.cors((cors) -> cors.configurationSource(UserCorsSources.servlet()));
			default -> {
				// NONE: nothing about CORS; SOURCE_BEAN: Spring Security finds the bean by itself
			}
		}
		return http.build();
	}

	@Bean
	@ConditionalOnProperty(name = SecurityCorsMode.PROPERTY, havingValue = "source-bean")
	UrlBasedCorsConfigurationSource corsConfigurationSource() {
		return UserCorsSources.servlet();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername(SecuredScenarios.USER).password("{noop}" + SecuredScenarios.PASSWORD).roles("USER").build(),
				User.withUsername(SecuredScenarios.ADMIN).password("{noop}" + SecuredScenarios.PASSWORD).roles("ADMIN").build());
	}

}
