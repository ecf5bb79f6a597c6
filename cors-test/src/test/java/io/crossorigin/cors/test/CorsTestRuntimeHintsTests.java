package io.crossorigin.cors.test;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import io.crossorigin.cors.spring.AppliedCorsPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class the kit looks up by name is registered for a native test image, by a registrar that
 * Spring's ahead-of-time processing finds in {@code META-INF/spring/aot.factories}.
 */
class CorsTestRuntimeHintsTests {

	@Test
	void theStarterClassTheKitLooksUpByNameIsRegistered() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, getClass().getClassLoader()));
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(CorsTestRuntimeHints.STARTER_MARKER)))
			.accepts(hints);
		assertThat(CorsTestRuntimeHints.STARTER_MARKER).as("the name of a class that exists").isEqualTo(AppliedCorsPolicy.class.getName());
	}

}
