package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.SampleOperationsTests;

/**
 * The actuator endpoint and the metric of the Spring WebFlux sample.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleWebFluxOperationsTests extends SampleOperationsTests {

}
