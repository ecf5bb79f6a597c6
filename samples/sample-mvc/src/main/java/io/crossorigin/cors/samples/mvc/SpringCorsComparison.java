package io.crossorigin.cors.samples.mvc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * For the end-to-end comparison only ({@code scripts/compare-load.sh}): with
 * {@code --sample.cors-mode=spring --cors.enabled=false}, Spring MVC's own CORS processing answers
 * {@code /api/**} with the settings of the {@code orders} policy instead of this starter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sample.cors-mode", havingValue = "spring")
class SpringCorsComparison implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOriginPatterns("http://localhost:*", "https://app.example.com")
			.allowedMethods("GET", "POST", "PUT", "DELETE")
			.allowedHeaders("Content-Type", "X-Request-Id")
			.exposedHeaders("X-Total-Count")
			.allowCredentials(true)
			.maxAge(600);
	}

}
