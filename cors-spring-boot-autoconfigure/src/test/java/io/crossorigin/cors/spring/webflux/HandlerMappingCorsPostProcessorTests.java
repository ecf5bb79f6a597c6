package io.crossorigin.cors.spring.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.NamedCorsPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring WebFlux's own CORS processing, in every handler mapping, steps aside on exchanges a
 * policy covered and works as before on the others.
 */
class HandlerMappingCorsPostProcessorTests {

	private static final String LEGACY = "https://legacy.example.org";

	private final HandlerMappingCorsPostProcessor postProcessor = new HandlerMappingCorsPostProcessor();

	@Test
	void everyHandlerMappingsProcessorStepsAsideOnCoveredExchangesOnly() {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping();
		assertThat(this.postProcessor.postProcessAfterInitialization(mapping, "mapping")).isSameAs(mapping);
		CorsProcessor processor = mapping.getCorsProcessor();
		assertThat(processor).isInstanceOf(PolicyAwareCorsProcessor.class);

		MockServerWebExchange covered = exchange(true);
		assertThat(processor.process(legacy(), covered)).isTrue();
		assertThat(covered.getResponse().getHeaders().headerNames()).as("nothing written").isEmpty();

		MockServerWebExchange uncovered = exchange(false);
		assertThat(processor.process(legacy(), uncovered)).isTrue();
		assertThat(uncovered.getResponse().getHeaders().getAccessControlAllowOrigin()).as("Spring's, as before")
			.isEqualTo(LEGACY);
	}

	@Test
	void aProcessorIsWrappedOnce() {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping();
		this.postProcessor.postProcessAfterInitialization(mapping, "mapping");
		CorsProcessor wrapped = mapping.getCorsProcessor();
		this.postProcessor.postProcessAfterInitialization(mapping, "mapping");
		assertThat(mapping.getCorsProcessor()).isSameAs(wrapped);
	}

	@Test
	void otherBeansAreLeftAlone() {
		Object bean = new Object();
		assertThat(this.postProcessor.postProcessAfterInitialization(bean, "bean")).isSameAs(bean);
	}

	static MockServerWebExchange exchange(boolean covered) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://api.example.com/api/orders").header("Origin", LEGACY));
		exchange.getAttributes().put(AppliedCorsPolicy.ATTRIBUTE, AppliedCorsPolicy.chosen(covered
				? new NamedCorsPolicy("api", CorsPolicy.builder().allowedOrigins("https://app.example.com").build())
				: null));
		return exchange;
	}

	private static CorsConfiguration legacy() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(LEGACY);
		return configuration;
	}

}
