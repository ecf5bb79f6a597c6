package io.crossorigin.cors.samples.webflux;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal statistics: no policy covers this path, so other origins cannot read it.
 */
@RestController
class StatsController {

	@GetMapping("/stats")
	Mono<Map<String, Integer>> stats() {
		return Mono.just(Map.of("orders", 2));
	}

}
