package io.crossorigin.cors.spring;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.annotation.ReflectiveRuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;

import io.crossorigin.cors.CorsPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource and reflective access the starter and its engine make at runtime is registered
 * for a native image: the engine's Public Suffix List, {@code @CrossOriginPolicy}'s attributes and
 * the classes and methods that carry it, the class looked up by name.
 */
class CorsRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	CorsRuntimeHintsTests() {
		new CorsRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void thePublicSuffixListTheEngineReadsIsARegisteredResourceThatExists() {
		assertThat(RuntimeHintsPredicates.resource().forResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST)).accepts(this.hints);
		assertThat(new ClassPathResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST, CorsPolicy.class.getClassLoader()).exists())
			.as("the engine's resource, where the hint says").isTrue();
	}

	@Test
	void theAnnotationsAttributesAreReadableReflectively() {
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(CrossOriginPolicy.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_METHODS)).accepts(this.hints);
	}

	@Test
	void reactorNettyLookedUpByNameIsRegistered() {
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of("reactor.netty.Connection")))
			.accepts(this.hints);
	}

	@Test
	void annotatedHandlersAreRegisteredForReflectionByAheadOfTimeProcessing() throws NoSuchMethodException {
		RuntimeHints processed = new RuntimeHints();
		new ReflectiveRuntimeHintsRegistrar().registerRuntimeHints(processed, AnnotatedController.class, MethodOnly.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(AnnotatedController.class)).accepts(processed);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(MethodOnly.class.getDeclaredMethod("orders")))
			.accepts(processed);
	}

	@CrossOriginPolicy("api")
	static class AnnotatedController {

		@GetMapping("/api/orders")
		String orders() {
			return "orders";
		}

	}

	static class MethodOnly {

		@CrossOriginPolicy("api")
		String orders() {
			return "orders";
		}

	}

}
