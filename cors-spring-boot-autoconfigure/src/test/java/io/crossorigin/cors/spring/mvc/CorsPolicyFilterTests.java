package io.crossorigin.cors.spring.mvc;

import java.util.List;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-request bookkeeping {@link CorsPolicyFilter} inherits from {@code OncePerRequestFilter}.
 */
class CorsPolicyFilterTests {

	private final CorsPolicyFilter filter = new CorsPolicyFilter(
			new CorsPolicyEnforcer(new CorsPolicySelector(CorsPolicyRegistry.of(new CorsProperties())), new CorsEngine(),
					CorsDecisionListener.NONE),
			new ServletHandlerMethodLookup(
					new StaticListableBeanFactory().getBeanProvider(RequestMappingHandlerMapping.class)));

	@Test
	void theAlreadyFilteredAttributeNameIsBuiltOnceNotPerRequest() {
		String first = this.filter.getAlreadyFilteredAttributeName();
		assertThat(List.of(this.filter.getAlreadyFilteredAttributeName(), this.filter.getAlreadyFilteredAttributeName()))
			.allSatisfy((name) -> assertThat(name).isSameAs(first));
		assertThat(first).isEqualTo(CorsPolicyFilter.class.getName() + ".FILTERED");
	}

	@Test
	void theAlreadyFilteredAttributeNameFollowsTheNameTheContainerGivesTheFilter() throws ServletException {
		this.filter.getAlreadyFilteredAttributeName();
		this.filter.init(new MockFilterConfig("corsPolicyFilter"));
		assertThat(this.filter.getAlreadyFilteredAttributeName()).isEqualTo("corsPolicyFilter.FILTERED");
	}

}
