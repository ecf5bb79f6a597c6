package io.crossorigin.cors.modulepath;

import io.crossorigin.cors.spring.CrossOriginPolicy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One handler under the policy {@code api} of {@code application.properties}. */
@RestController
@CrossOriginPolicy("api")
class GreetingController {

	@GetMapping("/api/greeting")
	String greeting() {
		return "hello";
	}

}
