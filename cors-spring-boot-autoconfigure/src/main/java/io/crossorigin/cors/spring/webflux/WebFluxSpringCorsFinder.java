package io.crossorigin.cors.spring.webflux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.PropertyResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import io.crossorigin.cors.spring.CrossOriginConfigurations;
import io.crossorigin.cors.spring.SpringCorsConfiguration;

/**
 * Spring WebFlux's own CORS configurations: {@code @CrossOrigin} handler methods (as
 * {@code RequestMappingHandlerMapping} computes them) and {@code CorsRegistry} mappings of
 * {@code WebFluxConfigurer}s.
 */
public class WebFluxSpringCorsFinder implements SpringCorsConfiguration.Finder {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final ObjectProvider<WebFluxConfigurer> configurers;

	private final PropertyResolver resolver;

	/**
	 * Creates the finder.
	 * @param mappings the annotated handlers' mappings
	 * @param configurers the configurers that may add CORS mappings
	 * @param resolver resolves placeholders in {@code @CrossOrigin}
	 */
	public WebFluxSpringCorsFinder(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<WebFluxConfigurer> configurers, PropertyResolver resolver) {
		this.mappings = mappings;
		this.configurers = configurers;
		this.resolver = resolver;
	}

	@Override
	public List<SpringCorsConfiguration> find() {
		List<SpringCorsConfiguration> found = new ArrayList<>();
		this.mappings.orderedStream().forEach((mapping) -> mapping.getHandlerMethods().forEach((info, handler) -> {
			List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
			SpringCorsConfiguration configuration = CrossOriginConfigurations.of(handler, methods,
					info.getPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString).toList(), this.resolver);
			if (configuration != null) {
				found.add(configuration);
			}
		}));
		this.configurers.orderedStream().forEach((configurer) -> {
			ReadableCorsRegistry registry = new ReadableCorsRegistry();
			configurer.addCorsMappings(registry);
			found.addAll(CrossOriginConfigurations.ofRegistry(configurer, registry.configurations()));
		});
		return found;
	}

	/** A registry whose mappings can be read back. */
	private static final class ReadableCorsRegistry extends CorsRegistry {

		Map<String, CorsConfiguration> configurations() {
			return getCorsConfigurations();
		}

	}

}
