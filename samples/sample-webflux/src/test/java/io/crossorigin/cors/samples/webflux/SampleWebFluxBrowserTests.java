package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.SampleBrowserTests;

/**
 * The browser scenarios against the Spring WebFlux sample on Netty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleWebFluxBrowserTests extends SampleBrowserTests {

}
