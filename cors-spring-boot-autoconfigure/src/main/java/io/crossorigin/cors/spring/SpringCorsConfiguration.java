package io.crossorigin.cors.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsConfiguration;

/**
 * A CORS configuration the application already has, Spring's way: a {@code @CrossOrigin} handler,
 * a {@code CorsRegistry} mapping, a {@code CorsConfigurationSource} (Spring Security's included),
 * Spring Cloud Gateway's {@code globalcors}.
 *
 * <p>Some keep their configuration private (a {@code CorsFilter} or {@code CorsWebFilter} bean,
 * WebFlux's {@code UrlBasedCorsConfigurationSource}): they are found by type, with paths unknown,
 * no configuration, and what to do to have them read.
 *
 * @param source where it is configured, e.g. {@code @CrossOrigin on OrdersController.list()}
 * @param pathPatterns the paths it applies to; empty if they cannot be read
 * @param configuration the configuration, as Spring applies it, or null if it cannot be read
 * @param unreadable why the configuration cannot be read and how to have it read, or null
 */
public record SpringCorsConfiguration(String source, List<String> pathPatterns, @Nullable CorsConfiguration configuration,
		@Nullable String unreadable) {

	/**
	 * A configuration that can be read.
	 * @param source where it is configured
	 * @param pathPatterns the paths it applies to
	 * @param configuration the configuration, as Spring applies it
	 */
	public SpringCorsConfiguration(String source, List<String> pathPatterns, CorsConfiguration configuration) {
		this(source, pathPatterns, configuration, null);
	}

	/**
	 * A configuration that Spring keeps private.
	 * @param source where it is configured, e.g. {@code CorsFilter bean 'corsFilter'}
	 * @param why why it cannot be read, and how to have it read
	 * @return the configuration, its paths and settings unknown
	 */
	public static SpringCorsConfiguration unreadable(String source, String why) {
		return new SpringCorsConfiguration(source, List.of(), null, why);
	}

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
