package io.crossorigin.cors.spring.actuate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.HandlerMethodLookup;
import io.crossorigin.cors.spring.ReportOnlyFindings;
import io.crossorigin.cors.spring.SpringCorsReport;

/**
 * The actuator endpoint {@code cors} ({@link CorsEndpoint}), when actuator is present; exposed
 * like any other endpoint ({@code management.endpoints.web.exposure.include=cors}). It finds
 * handlers through the web stack's {@link HandlerMethodLookup}, the one its CORS filter uses.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
@ConditionalOnBean(CorsPolicyRegistry.class)
@ImportRuntimeHints(CorsEndpointRuntimeHints.class)
public class CorsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(CorsPolicyRegistry registry, CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<HandlerMethodLookup> handlers, ObjectProvider<ReportOnlyFindings> findings,
			ObjectProvider<SpringCorsReport> springCors) {
		return new CorsEndpoint(registry, selector, engine, handlers.getIfAvailable(() -> HandlerMethodLookup.NONE),
				findings.getIfAvailable(ReportOnlyFindings::new), springCors.getIfAvailable());
	}

}
