package io.crossorigin.cors.spring.secured;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.spring.CrossOriginPolicy;

import static io.crossorigin.cors.spring.scenario.ScenarioExchange.HANDLER;

/**
 * Controllers that work unchanged on both stacks; each answers with an {@code X-Handler} header.
 * The one under method security returns a {@code Mono}, as reactive method security requires.
 */
final class SecuredControllers {

	private SecuredControllers() {
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

		@PutMapping("/{id}")
		ResponseEntity<String> update(@PathVariable String id) {
			return ok("orders.update");
		}

		@GetMapping("/fail")
		String fail() {
			throw new IllegalStateException("the order service failed");
		}

		@GetMapping("/admin-only")
		@PreAuthorize("hasRole('ADMIN')")
		Mono<ResponseEntity<String>> adminOnly() {
			return Mono.fromSupplier(() -> ok("orders.admin-only"));
		}

	}

	@RestController
	static class AdminController {

		@GetMapping("/api/admin/stats")
		ResponseEntity<String> stats() {
			return ok("admin.stats");
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

	}

	@RestController
	static class PublicController {

		@GetMapping("/public/info")
		ResponseEntity<String> info() {
			return ok("public.info");
		}

	}

	@RestController
	static class LegacyController {

		@GetMapping("/api/legacy")
		@CrossOrigin(origins = SecurityCorsMode.LEGACY_ORIGIN)
		ResponseEntity<String> covered() {
			return ok("legacy.covered");
		}

		@GetMapping("/legacy/data")
		@CrossOrigin(origins = SecurityCorsMode.LEGACY_ORIGIN, allowCredentials = "true")
		ResponseEntity<String> uncovered() {
			return ok("legacy.data");
		}

	}

}
