package io.crossorigin.cors.samples.mvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

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
	ResponseEntity<List<Order>> list() {
		List<Order> all = new ArrayList<>(this.orders.values());
		return ResponseEntity.ok()
			.header("X-Total-Count", Integer.toString(all.size()))
			.header("X-Served-By", "sample-mvc")
			.body(all);
	}

	@GetMapping("/{id}")
	Order get(@PathVariable long id) {
		Order order = this.orders.get(id);
		if (order == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + id);
		}
		return order;
	}

	@PostMapping
	ResponseEntity<Order> post(@RequestBody(required = false) String item) {
		return ResponseEntity.status(HttpStatus.CREATED).body(create((item != null) ? item : "unnamed"));
	}

	@PutMapping("/{id}")
	Order put(@PathVariable long id, @RequestBody(required = false) String item) {
		Order order = new Order(id, (item != null) ? item : "unnamed");
		this.orders.put(id, order);
		return order;
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.orders.remove(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/fail")
	Order fail() {
		throw new IllegalStateException("the order service is down");
	}

	private Order create(String item) {
		Order order = new Order(this.ids.incrementAndGet(), item);
		this.orders.put(order.id(), order);
		return order;
	}

}
