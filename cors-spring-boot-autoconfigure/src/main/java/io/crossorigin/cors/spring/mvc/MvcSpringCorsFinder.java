package io.crossorigin.cors.spring.mvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.PropertyResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.crossorigin.cors.spring.CrossOriginConfigurations;
import io.crossorigin.cors.spring.SpringCorsConfiguration;

/**
 * Spring MVC's own CORS configurations: {@code @CrossOrigin} handler methods (as
 * {@code RequestMappingHandlerMapping} computes them) and {@code CorsRegistry} mappings of
 * {@code WebMvcConfigurer}s.
 */
public class MvcSpringCorsFinder implements SpringCorsConfiguration.Finder {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final ObjectProvider<WebMvcConfigurer> configurers;

	private final PropertyResolver resolver;

	/**
	 * Creates the finder.
	 * @param mappings the annotated handlers' mappings
	 * @param configurers the configurers that may add CORS mappings
	 * @param resolver resolves placeholders in {@code @CrossOrigin}
	 */
	public MvcSpringCorsFinder(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<WebMvcConfigurer> configurers, PropertyResolver resolver) {
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
					List.copyOf(info.getPatternValues()), this.resolver);
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
