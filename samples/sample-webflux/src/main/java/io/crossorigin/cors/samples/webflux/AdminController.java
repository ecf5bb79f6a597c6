package io.crossorigin.cors.samples.webflux;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin API, behind Spring Security (HTTP Basic) and covered by the {@code admin} policy of
 * {@code application.yml}, which allows credentials and the {@code Authorization} header.
 */
@RestController
@RequestMapping("/api/admin/settings")
class AdminController {

	private static final int MAX_SETTINGS = 50;

	private final Map<String, String> settings = new ConcurrentSkipListMap<>(Map.of("theme", "light"));

	@GetMapping
	Mono<Map<String, String>> settings() {
		return Mono.just(this.settings);
	}

	@PutMapping("/{name}")
	Mono<Map<String, String>> put(@PathVariable String name, @RequestBody Mono<String> value) {
		return value.map((text) -> {
			if (!this.settings.containsKey(name) && this.settings.size() >= MAX_SETTINGS) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MAX_SETTINGS + " settings");
			}
			this.settings.put(name, text);
			return this.settings;
		});
	}

}
