package io.crossorigin.cors.spring.actuate;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The types the {@code cors} endpoint answers with, for JSON serialization in a native image.
 * Spring Boot registers an operation's declared return type; {@code explain} declares
 * {@code WebEndpointResponse<Object>} (an explanation, or the error naming what is missing), so its
 * bodies are registered here, with everything they contain.
 */
class CorsEndpointRuntimeHints implements RuntimeHintsRegistrar {

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindingRegistrar.registerReflectionHints(hints.reflection(), CorsEndpoint.PoliciesDescriptor.class,
				CorsEndpoint.Explanation.class, CorsEndpoint.ExplainError.class);
	}

}
