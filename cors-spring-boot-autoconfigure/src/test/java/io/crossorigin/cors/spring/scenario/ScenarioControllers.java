package io.crossorigin.cors.spring.scenario;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.crossorigin.cors.spring.CrossOriginPolicy;

/**
 * Controllers that work unchanged on both stacks. Every handler answers with an {@code X-Handler}
 * header, so a scenario can tell whether the request reached it. Some exist to fail in each way a
 * response can be written without them: content negotiation (415, 406), argument resolution (400),
 * asynchronously, and after the response was committed.
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

		@PostMapping(path = "/json", consumes = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<String> createFromJson(@RequestBody String json) {
			return ok("orders.json.create");
		}

		@GetMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<String> json() {
			return ok("orders.json");
		}

		@GetMapping("/count")
		ResponseEntity<String> count(@RequestParam int n) {
			return ok("orders.count");
		}

		@GetMapping("/async")
		Mono<ResponseEntity<String>> async() {
			return Mono.delay(Duration.ofMillis(10)).map((tick) -> ok("orders.async"));
		}

		@GetMapping("/async-fail")
		Mono<String> asyncFail() {
			return Mono.delay(Duration.ofMillis(10)).then(Mono.error(new IllegalStateException("the order service failed later")));
		}

		@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		ResponseEntity<Flux<String>> stream() {
			return ResponseEntity.ok().header(HANDLER, "orders.stream").body(Flux.just("a", "b", "c"));
		}

		/** Fails after the first event is sent: the response was committed with its headers already. */
		@GetMapping(path = "/stream-fail", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		ResponseEntity<Flux<String>> streamFail() {
			return ResponseEntity.ok()
				.header(HANDLER, "orders.stream-fail")
				.body(Flux.just("a").concatWith(Mono.delay(Duration.ofMillis(50))
					.then(Mono.error(new IllegalStateException("the stream broke")))));
		}

		/** A handler that does CORS of its own, as a legacy one might. */
		@GetMapping("/self-cors")
		ResponseEntity<String> selfCors() {
			return ResponseEntity.ok()
				.header(HANDLER, "orders.self-cors")
				.header("Access-Control-Allow-Origin", "*")
				.header("Access-Control-Allow-Credentials", "true")
				.header("Access-Control-Max-Age", "86400")
				.body("self-cors");
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
