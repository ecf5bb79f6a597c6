package io.crossorigin.cors.spring.secured;

import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

/**
 * The user's own Spring CORS configuration in the modes that have one: {@code /**} for
 * {@link SecurityCorsMode#LEGACY_ORIGIN}, with credentials, any method and header, and
 * {@code @CrossOrigin}'s max-age. Where a policy
 * applies it must have no say; elsewhere it must work as before.
 */
final class UserCorsSources {

	private UserCorsSources() {
	}

	static CorsConfiguration configuration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(SecurityCorsMode.LEGACY_ORIGIN));
		configuration.setAllowedMethods(List.of("*"));
		configuration.setAllowedHeaders(List.of("*"));
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(1800L);
		return configuration;
	}

	static org.springframework.web.cors.UrlBasedCorsConfigurationSource servlet() {
		org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration());
		return source;
	}

	static org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource reactive() {
		org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration());
		return source;
	}

}
