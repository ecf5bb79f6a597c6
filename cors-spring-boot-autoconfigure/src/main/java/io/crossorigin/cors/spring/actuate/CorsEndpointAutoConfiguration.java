package io.crossorigin.cors.spring.actuate;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;

/**
 * The actuator endpoint {@code cors} ({@link CorsEndpoint}), when actuator is present; exposed
 * like any other endpoint ({@code management.endpoints.web.exposure.include=cors}).
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
@ConditionalOnBean(CorsPolicyRegistry.class)
public class CorsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(CorsPolicyRegistry registry, CorsPolicySelector selector, CorsEngine engine,
			ObjectProvider<HandlerMethodFinder> handlers) {
		return new CorsEndpoint(registry, selector, engine, handlers.getIfAvailable(() -> HandlerMethodFinder.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping")
	static class MvcHandlers {

		@Bean
		@ConditionalOnMissingBean
		HandlerMethodFinder corsEndpointHandlerMethodFinder(
				ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings) {
			return (method, path) -> mostSpecific(mappings.orderedStream()
				.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
				.filter((entry) -> entry.getKey().getPathPatternsCondition() != null)
				.map((entry) -> new Candidate(entry.getKey().getPathPatternsCondition().getPatterns(),
						entry.getKey().getMethodsCondition().getMethods(), entry.getValue())), method, path);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping")
	static class WebFluxHandlers {

		@Bean
		@ConditionalOnMissingBean
		HandlerMethodFinder corsEndpointHandlerMethodFinder(
				ObjectProvider<org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping> mappings) {
			return (method, path) -> mostSpecific(mappings.orderedStream()
				.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
				.map((entry) -> new Candidate(entry.getKey().getPatternsCondition().getPatterns(),
						entry.getKey().getMethodsCondition().getMethods(), entry.getValue())), method, path);
		}

	}

	/** A mapped handler method: its path patterns and request methods. */
	record Candidate(Set<PathPattern> patterns, Set<RequestMethod> methods, HandlerMethod handler) {
	}

	/** The handler whose pattern matches the path most specifically, among those whose methods admit the request's. */
	static HandlerMethod mostSpecific(Stream<Candidate> candidates, String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		record Match(PathPattern pattern, HandlerMethod handler) {
		}
		return candidates.filter((candidate) -> methodMatches(candidate.methods(), method))
			.flatMap((candidate) -> candidate.patterns()
				.stream()
				.filter((pattern) -> pattern.matches(container))
				.map((pattern) -> new Match(pattern, candidate.handler())))
			.min(Comparator.comparing(Match::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.map(Match::handler)
			.orElse(null);
	}

	/** Whether a mapping's methods admit a request method: any when it names none; HEAD where GET is. */
	static boolean methodMatches(Set<RequestMethod> methods, String method) {
		if (methods.isEmpty()) {
			return true;
		}
		RequestMethod requested = RequestMethod.resolve(method);
		return requested != null && (methods.contains(requested)
				|| (requested == RequestMethod.HEAD && methods.contains(RequestMethod.GET)));
	}

}
