package io.crossorigin.cors.samples.mvc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.crossorigin.cors.samples.playground.PlaygroundConfiguration;

/**
 * An orders API on Spring MVC whose CORS policies come from {@code application.yml}, with the CORS
 * playground at {@code /}.
 */
@SpringBootApplication
@Import(PlaygroundConfiguration.class)
public class SampleMvcApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleMvcApplication.class, args);
	}

}
