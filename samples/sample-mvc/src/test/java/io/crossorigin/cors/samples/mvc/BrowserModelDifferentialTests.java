package io.crossorigin.cors.samples.mvc;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.SampleDifferentialTests;

/**
 * The differential against the Spring MVC sample.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserModelDifferentialTests extends SampleDifferentialTests {

	BrowserModelDifferentialTests() {
		super("Spring MVC");
	}

}
