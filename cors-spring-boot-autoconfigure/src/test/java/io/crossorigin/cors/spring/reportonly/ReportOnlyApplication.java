package io.crossorigin.cors.spring.reportonly;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An application with CORS of its own, Spring's way, on either stack: {@code @CrossOrigin} on
 * {@code /legacy/**}, a {@code CorsRegistry} mapping for {@code /mapped/**}, and none on
 * {@code /plain/**}. {@code report-only.yml} puts a report-only policy on each.
 */
@SpringBootApplication
public class ReportOnlyApplication {

	static final String APP = "https://app.example.com";

	/** Allowed by the application's own CORS, not by the policies. */
	static final String OLD = "https://old.example.com";

	@RestController
	@CrossOrigin(origins = { APP, OLD }, exposedHeaders = "X-Total-Count")
	static class LegacyController {

		@GetMapping("/legacy/orders")
		String orders() {
			return "orders";
		}

		@PutMapping("/legacy/orders")
		String update() {
			return "updated";
		}

	}

	@RestController
	static class OtherControllers {

		@GetMapping("/mapped/orders")
		String mapped() {
			return "mapped";
		}

		@PutMapping("/mapped/orders")
		String mappedUpdate() {
			return "mapped updated";
		}

		@GetMapping("/plain/orders")
		String plain() {
			return "plain";
		}

	}

	@Bean
	WebMvcConfigurer mappedCorsForMvc() {
		return new WebMvcConfigurer() {

			@Override
			public void addCorsMappings(org.springframework.web.servlet.config.annotation.CorsRegistry registry) {
				registry.addMapping("/mapped/**").allowedOrigins(APP, OLD).allowedMethods("GET", "PUT");
			}

		};
	}

	@Bean
	WebFluxConfigurer mappedCorsForWebFlux() {
		return new WebFluxConfigurer() {

			@Override
			public void addCorsMappings(org.springframework.web.reactive.config.CorsRegistry registry) {
				registry.addMapping("/mapped/**").allowedOrigins(APP, OLD).allowedMethods("GET", "PUT");
			}

		};
	}

}
