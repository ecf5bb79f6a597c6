package io.crossorigin.cors.test;

import java.net.URI;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application the kit's own tests judge, on either stack: an orders API under the policy of
 * {@code kit.properties}.
 */
@SpringBootApplication
class KitApplication {

	static final String APP = "https://app.example.com";

	@RestController
	static class Orders {

		@GetMapping("/api/orders")
		ResponseEntity<String> orders() {
			return ResponseEntity.ok().header("X-Total-Count", "2").header("X-Secret", "s3cr3t").body("[]");
		}

		@PutMapping("/api/orders/{id}")
		ResponseEntity<String> update(@PathVariable String id) {
			return ResponseEntity.ok("{\"id\":" + id + "}");
		}

		@GetMapping("/api/orders/missing")
		ResponseEntity<String> missing() {
			return ResponseEntity.status(404).body("no such order");
		}

		/** An old address of the orders, moved within the application. */
		@GetMapping("/api/orders/old")
		ResponseEntity<Void> moved() {
			return ResponseEntity.status(302).location(URI.create("/api/orders")).build();
		}

		/** Sends the page to another site's login. */
		@GetMapping("/api/orders/login")
		ResponseEntity<Void> login() {
			return ResponseEntity.status(302).location(URI.create("https://login.example.net/start")).build();
		}

		@GetMapping("/internal/health")
		String health() {
			return "up";
		}

	}

}
