package io.crossorigin.cors.samples.playground;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's side of {@link BrowserDifferential}, the same on Spring MVC and WebFlux: every
 * method on every {@code /diff/**} path, answering the status the query asks for (or failing with
 * an exception, for {@code status=boom}), or redirecting to {@code to} with the request's own probe
 * tag, and a few headers to expose or hide.
 */
@RestController
public class DifferentialController {

	@RequestMapping("/diff/**")
	ResponseEntity<String> answer(@RequestParam(defaultValue = "200") String status,
			@RequestParam(required = false) Integer redirect, @RequestParam(required = false) String to,
			@RequestParam(name = ProbeLog.PARAMETER, required = false) String probe,
			@RequestParam(name = BrowserDifferential.MODEL_PARAMETER, required = false) String model) {
		if (status.equals("boom")) {
			throw new IllegalStateException("a differential case that fails on purpose");
		}
		if (redirect != null && to != null) {
			String tag = (probe != null) ? ProbeLog.PARAMETER + "=" + probe : BrowserDifferential.MODEL_PARAMETER + "=" + model;
			return ResponseEntity.status(redirect).header(HttpHeaders.LOCATION, to + "&" + tag).build();
		}
		return ResponseEntity.status(Integer.parseInt(status))
			.header("X-Trace", "1")
			.header("X-Other", "2")
			.header("X-Hidden", "3")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_LANGUAGE, "en")
			.body("diff");
	}

}
