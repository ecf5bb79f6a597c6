package io.crossorigin.cors.spring.mvc;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring MVC's own CORS processing, in every handler mapping, steps aside on requests a policy
 * covers (choosing the policy from the path when nothing chose it yet) and works as before on the
 * others.
 */
class HandlerMappingCorsPostProcessorTests {

	private static final String LEGACY = "https://legacy.example.org";

	private final HandlerMappingCorsPostProcessor postProcessor = new HandlerMappingCorsPostProcessor(
			new StaticListableBeanFactory(java.util.Map.of("selector", selector())).getBeanProvider(CorsPolicySelector.class),
			new StaticListableBeanFactory().getBeanProvider(CorsPolicyInterceptor.class));

	@Test
	void everyHandlerMappingsProcessorStepsAsideOnCoveredRequestsOnly() throws Exception {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping();
		assertThat(this.postProcessor.postProcessAfterInitialization(mapping, "mapping")).isSameAs(mapping);
		CorsProcessor processor = mapping.getCorsProcessor();
		assertThat(processor).isInstanceOf(PolicyAwareCorsProcessor.class);

		MockHttpServletResponse covered = new MockHttpServletResponse();
		MockHttpServletRequest coveredRequest = request("/api/orders");
		assertThat(processor.processRequest(legacy(), coveredRequest, covered)).isTrue();
		assertThat(covered.getHeaderNames()).as("nothing written").isEmpty();
		assertThat(AppliedCorsPolicy.from(coveredRequest::getAttribute)).as("the choice is kept").isNotNull()
			.satisfies((applied) -> assertThat(applied.isCovered()).isTrue());

		MockHttpServletResponse uncovered = new MockHttpServletResponse();
		assertThat(processor.processRequest(legacy(), request("/legacy/orders"), uncovered)).isTrue();
		assertThat(uncovered.getHeader("Access-Control-Allow-Origin")).as("Spring's, as before").isEqualTo(LEGACY);
	}

	@Test
	void aProcessorIsWrappedOnceAndTheStartersOwnMappingIsLeftAlone() {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping();
		this.postProcessor.postProcessAfterInitialization(mapping, "mapping");
		CorsProcessor wrapped = mapping.getCorsProcessor();
		this.postProcessor.postProcessAfterInitialization(mapping, "mapping");
		assertThat(mapping.getCorsProcessor()).isSameAs(wrapped);

		CorsPreflightHandlerMapping own = new CorsPreflightHandlerMapping(CorsPolicyRegistry.of(new CorsProperties()),
				new CorsPolicyInterceptor(new CorsPolicyEnforcer(selector(), new CorsEngine(), CorsDecisionListener.NONE)));
		CorsProcessor before = own.getCorsProcessor();
		this.postProcessor.postProcessAfterInitialization(own, "corsPreflightHandlerMapping");
		assertThat(own.getCorsProcessor()).isSameAs(before);
	}

	@Test
	void otherBeansAreLeftAlone() {
		Object bean = new Object();
		assertThat(this.postProcessor.postProcessAfterInitialization(bean, "bean")).isSameAs(bean);
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Origin", LEGACY);
		return request;
	}

	private static CorsConfiguration legacy() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(LEGACY);
		return configuration;
	}

	private static CorsPolicySelector selector() {
		CorsPolicyProperties api = new CorsPolicyProperties();
		api.setPathPatterns(List.of("/api/**"));
		api.setAllowedOrigins(List.of("https://app.example.com"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("api", api);
		return new CorsPolicySelector(CorsPolicyRegistry.of(properties));
	}

}
