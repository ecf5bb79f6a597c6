package io.crossorigin.cors.samples.webflux;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * For the end-to-end comparison only ({@code scripts/compare-load.sh}): with
 * {@code --sample.cors-mode=spring --cors.enabled=false}, Spring's {@link CorsWebFilter} answers
 * {@code /api/**} with the settings of the {@code orders} policy instead of this starter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sample.cors-mode", havingValue = "spring")
class SpringCorsComparison {

	@Bean
	CorsWebFilter springCorsWebFilter() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(List.of("http://localhost:*", "https://app.example.com"));
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		configuration.setAllowedHeaders(List.of("Content-Type", "X-Request-Id"));
		configuration.setExposedHeaders(List.of("X-Total-Count"));
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		return new CorsWebFilter(source);
	}

}
