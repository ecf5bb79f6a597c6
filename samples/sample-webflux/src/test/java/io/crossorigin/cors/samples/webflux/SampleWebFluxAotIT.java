package io.crossorigin.cors.samples.webflux;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;

import io.crossorigin.cors.samples.playground.AotProcessedSampleExpectations;

/**
 * The sample's kit expectations over HTTP against {@code target/sample-webflux.jar}, ahead-of-time
 * processed at build time and run with {@code -Dspring.aot.enabled=true}.
 */
class SampleWebFluxAotIT extends AotProcessedSampleExpectations {

	@BeforeAll
	static void startTheAotProcessedJar() throws IOException, InterruptedException {
		start("target/sample-webflux.jar");
	}

}
