package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.crossorigin.cors.samples.playground.PlaygroundConfiguration;

/**
 * An orders API on Spring WebFlux whose CORS policies come from {@code application.yml}, with the
 * CORS playground at {@code /}.
 */
@SpringBootApplication
@Import(PlaygroundConfiguration.class)
public class SampleWebFluxApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleWebFluxApplication.class, args);
	}

}
