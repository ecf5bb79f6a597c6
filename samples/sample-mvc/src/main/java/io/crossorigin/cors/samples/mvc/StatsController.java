package io.crossorigin.cors.samples.mvc;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal statistics: no policy covers this path, so other origins cannot read it.
 */
@RestController
class StatsController {

	@GetMapping("/stats")
	Map<String, Integer> stats() {
		return Map.of("orders", 2);
	}

}
