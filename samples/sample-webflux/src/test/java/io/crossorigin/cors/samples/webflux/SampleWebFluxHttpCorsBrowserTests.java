package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.SampleBrowserTests;

/**
 * The browser scenarios against the Spring WebFlux sample on Netty with Spring's
 * {@code http.cors(withDefaults())} in its security configuration: the same table must pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.security.http-cors=true")
class SampleWebFluxHttpCorsBrowserTests extends SampleBrowserTests {

}
