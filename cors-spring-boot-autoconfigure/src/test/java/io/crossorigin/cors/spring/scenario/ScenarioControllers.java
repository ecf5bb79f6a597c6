package io.crossorigin.cors.spring.scenario;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.crossorigin.cors.spring.CrossOriginPolicy;

/**
 * Controllers that work unchanged on both stacks. Every handler answers with an {@code X-Handler}
 * header, so a scenario can tell whether the request reached it.
 */
final class ScenarioControllers {

	static final String HANDLER = ScenarioExchange.HANDLER;

	private ScenarioControllers() {
	}

	static ResponseEntity<String> ok(String handler) {
		return ResponseEntity.ok().header(HANDLER, handler).header("X-Total-Count", "3").body(handler);
	}

	@RestController
	@RequestMapping("/api/orders")
	static class OrderController {

		@GetMapping
		ResponseEntity<String> list() {
			return ok("orders.list");
		}

		@PostMapping
		ResponseEntity<String> create() {
			return ok("orders.create");
		}

		@PutMapping("/{id}")
		ResponseEntity<String> update(@PathVariable String id) {
			return ok("orders.update");
		}

		@DeleteMapping("/{id}")
		ResponseEntity<String> delete(@PathVariable String id) {
			return ok("orders.delete");
		}

		@PatchMapping("/{id}")
		ResponseEntity<String> patch(@PathVariable String id) {
			return ok("orders.patch");
		}

		@GetMapping("/fail")
		String fail() {
			throw new IllegalStateException("the order service failed");
		}

		@GetMapping("/gone")
		String gone() {
			throw new ResponseStatusException(HttpStatus.GONE, "this order is gone");
		}

		@GetMapping("/conflict")
		String conflict() {
			throw new OrderConflictException();
		}

		@ExceptionHandler(OrderConflictException.class)
		ResponseEntity<String> handleConflict() {
			return ResponseEntity.status(HttpStatus.CONFLICT).body("conflict");
		}

	}

	static class OrderConflictException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

	@RestController
	static class AdminController {

		@DeleteMapping("/api/orders/admin/{id}")
		ResponseEntity<String> purge(@PathVariable String id) {
			return ok("admin.purge");
		}

	}

	@RestController
	@RequestMapping("/api/partners")
	@CrossOriginPolicy("partners")
	static class PartnerController {

		@GetMapping("/feed")
		ResponseEntity<String> feed() {
			return ok("partners.feed");
		}

		@GetMapping("/status")
		@CrossOriginPolicy("public")
		ResponseEntity<String> status() {
			return ok("partners.status");
		}

		@GetMapping("/versioned")
		@CrossOriginPolicy(value = "partners", exposedHeaders = "${scenario.feed-version-header}")
		ResponseEntity<String> versioned() {
			return ResponseEntity.ok().header(HANDLER, "partners.versioned").header("X-Feed-Version", "7").body("v7");
		}

	}

	@RestController
	static class PublicController {

		@GetMapping("/public/info")
		ResponseEntity<String> info() {
			return ResponseEntity.ok().header(HANDLER, "public.info").header("X-Version", "1.2").body("info");
		}

	}

	@RestController
	static class LegacyController {

		@GetMapping("/api/legacy")
		@CrossOrigin(origins = "https://legacy.example.org", exposedHeaders = "X-Legacy")
		ResponseEntity<String> legacy() {
			return ok("legacy");
		}

	}

	@RestController
	static class RegistryController {

		@GetMapping("/api/registry/item")
		ResponseEntity<String> item() {
			return ok("registry.item");
		}

	}

	@RestController
	static class UntouchedController {

		@GetMapping("/untouched/ping")
		ResponseEntity<String> ping() {
			return ok("untouched.ping");
		}

	}

	@RestController
	static class DeviceController {

		@GetMapping("/device/status")
		ResponseEntity<String> status() {
			return ok("device.status");
		}

	}

}
