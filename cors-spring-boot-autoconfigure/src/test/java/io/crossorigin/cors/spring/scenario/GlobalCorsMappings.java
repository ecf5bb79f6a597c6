package io.crossorigin.cors.spring.scenario;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring's own global CORS mappings ({@code CorsRegistry}) on a route a policy also covers, for
 * each stack: the scenarios check that the policy alone answers.
 */
@Configuration(proxyBeanMethods = false)
class GlobalCorsMappings {

	static final String REGISTRY_ORIGIN = "https://registry.example.org";

	@Bean
	WebMvcConfigurer registryWebMvcConfigurer() {
		return new WebMvcConfigurer() {

			@Override
			public void addCorsMappings(org.springframework.web.servlet.config.annotation.CorsRegistry registry) {
				registry.addMapping("/api/registry/**").allowedOrigins(REGISTRY_ORIGIN).allowedMethods("*");
			}

		};
	}

	@Bean
	WebFluxConfigurer registryWebFluxConfigurer() {
		return new WebFluxConfigurer() {

			@Override
			public void addCorsMappings(org.springframework.web.reactive.config.CorsRegistry registry) {
				registry.addMapping("/api/registry/**").allowedOrigins(REGISTRY_ORIGIN).allowedMethods("*");
			}

		};
	}

}
