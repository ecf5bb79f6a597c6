package io.crossorigin.cors.samples.webflux;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The orders API, covered by the {@code orders} policy of {@code application.yml} through its
 * path pattern {@code /api/**}.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private final Map<Long, Order> orders = new ConcurrentSkipListMap<>();

	private final AtomicLong ids = new AtomicLong();

	OrderController() {
		create("book");
		create("pen");
	}

	@GetMapping
	ResponseEntity<Flux<Order>> list() {
		return ResponseEntity.ok()
			.header("X-Total-Count", Integer.toString(this.orders.size()))
			.header("X-Served-By", "sample-webflux")
			.body(Flux.fromIterable(this.orders.values()));
	}

	@GetMapping("/{id}")
	Mono<Order> get(@PathVariable long id) {
		return Mono.justOrEmpty(this.orders.get(id))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + id)));
	}

	@PostMapping
	Mono<ResponseEntity<Order>> post(@RequestBody(required = false) Mono<String> item) {
		return item.defaultIfEmpty("unnamed").map((name) -> ResponseEntity.status(HttpStatus.CREATED).body(create(name)));
	}

	@PutMapping("/{id}")
	Mono<Order> put(@PathVariable long id, @RequestBody(required = false) Mono<String> item) {
		return item.defaultIfEmpty("unnamed").map((name) -> {
			Order order = new Order(id, name);
			this.orders.put(id, order);
			return order;
		});
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable long id) {
		this.orders.remove(id);
		return Mono.just(ResponseEntity.noContent().build());
	}

	@GetMapping("/fail")
	Mono<Order> fail() {
		return Mono.error(new IllegalStateException("the order service is down"));
	}

	private Order create(String item) {
		Order order = new Order(this.ids.incrementAndGet(), item);
		this.orders.put(order.id(), order);
		return order;
	}

}
