package io.crossorigin.cors.test;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a native test image needs to know of the kit: whether the starter is on the class path is
 * looked up by the name of its {@code AppliedCorsPolicy} (the kit works without the starter too).
 * Registered in {@code META-INF/spring/aot.factories}.
 */
class CorsTestRuntimeHints implements RuntimeHintsRegistrar {

	static final String STARTER_MARKER = "io.crossorigin.cors.spring.AppliedCorsPolicy";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerType(TypeReference.of(STARTER_MARKER));
	}

}
