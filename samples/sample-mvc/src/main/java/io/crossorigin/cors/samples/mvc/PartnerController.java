package io.crossorigin.cors.samples.mvc;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.spring.CrossOriginPolicy;

/**
 * A feed for partners, under the {@code partners} policy by annotation: no path pattern selects it.
 */
@RestController
@CrossOriginPolicy("partners")
class PartnerController {

	@GetMapping("/partners/feed")
	ResponseEntity<List<Order>> feed() {
		return ResponseEntity.ok().header("X-Feed-Version", "3").body(List.of(new Order(1, "book")));
	}

}
