package io.crossorigin.cors.samples.mvc;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.SampleOperationsTests;

/**
 * The actuator endpoint and the metric of the Spring Mvc sample.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleMvcOperationsTests extends SampleOperationsTests {

}
