package io.crossorigin.cors.spring;

import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

/**
 * A CORS configuration the application already has, Spring's way: a {@code @CrossOrigin} handler,
 * a {@code CorsRegistry} mapping, a {@code CorsConfigurationSource} (Spring Security's included),
 * Spring Cloud Gateway's {@code globalcors}.
 *
 * @param source where it is configured, e.g. {@code @CrossOrigin on OrdersController.list()}
 * @param pathPatterns the paths it applies to
 * @param configuration the configuration, as Spring applies it
 */
public record SpringCorsConfiguration(String source, List<String> pathPatterns, CorsConfiguration configuration) {

	/**
	 * Finds the CORS configurations of one kind. Implement it as a bean to report a source of your own.
	 */
	@FunctionalInterface
	public interface Finder {

		/**
		 * The configurations this finder knows, once every singleton exists.
		 * @return the configurations
		 */
		List<SpringCorsConfiguration> find();

	}

}
