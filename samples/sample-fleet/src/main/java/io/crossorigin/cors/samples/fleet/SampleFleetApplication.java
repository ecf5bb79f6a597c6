package io.crossorigin.cors.samples.fleet;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One instance of a fleet: an orders API whose {@code cors.*} comes from Spring Cloud Config
 * ({@code spring.config.import}) and reloads when Spring Cloud Bus relays a refresh
 * ({@code POST /actuator/busrefresh} on any instance).
 */
@SpringBootApplication
public class SampleFleetApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleFleetApplication.class, args);
	}

	@RestController
	static class OrdersController {

		@GetMapping("/api/orders")
		List<String> orders() {
			return List.of("order-1", "order-2");
		}

	}

}
