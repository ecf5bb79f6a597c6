package io.crossorigin.cors.spring.filterbeans;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;

/**
 * An application whose own CORS is a {@code CorsFilter} bean (Spring MVC) or a
 * {@code CorsWebFilter} bean (WebFlux), outside Spring Security, allowing {@link #OLD} on
 * {@code /filtered/**}, where {@code filter-beans.yml} enforces a policy that allows only
 * {@link #APP}.
 */
@SpringBootApplication
public class FilterBeansApplication {

	static final String APP = "https://app.example.com";

	static final String OLD = "https://old.example.com";

	static CorsConfiguration applicationsOwn() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(APP, OLD));
		configuration.setAllowedMethods(List.of("GET", "PUT"));
		configuration.setAllowCredentials(true);
		return configuration;
	}

	@RestController
	static class FilteredController {

		@GetMapping("/filtered/orders")
		String orders() {
			return "orders";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnProperty(name = "filter-beans.source-bean", havingValue = "false", matchIfMissing = true)
	static class ServletFilterBean {

		@Bean
		org.springframework.web.filter.CorsFilter usersCorsFilter() {
			org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/filtered/**", applicationsOwn());
			return new org.springframework.web.filter.CorsFilter(source);
		}

	}

	/** The same filter, its source declared as a bean, as the report advises. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnProperty(name = "filter-beans.source-bean", havingValue = "true")
	static class ServletFilterBeanWithSourceBean {

		@Bean
		org.springframework.web.cors.UrlBasedCorsConfigurationSource usersCorsSource() {
			org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/filtered/**", applicationsOwn());
			return source;
		}

		@Bean
		org.springframework.web.filter.CorsFilter usersCorsFilter(
				org.springframework.web.cors.UrlBasedCorsConfigurationSource usersCorsSource) {
			return new org.springframework.web.filter.CorsFilter(usersCorsSource);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveFilterBean {

		@Bean
		org.springframework.web.cors.reactive.CorsWebFilter usersCorsWebFilter() {
			org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/filtered/**", applicationsOwn());
			return new org.springframework.web.cors.reactive.CorsWebFilter(source);
		}

	}

}
