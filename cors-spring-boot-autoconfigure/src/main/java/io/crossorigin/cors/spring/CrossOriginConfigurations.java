package io.crossorigin.cors.spring;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.method.HandlerMethod;

/**
 * The {@link CorsConfiguration} Spring derives from a handler's {@code @CrossOrigin}, on either
 * stack, as its {@code RequestMappingHandlerMapping} does: the class's annotation, then the
 * method's, the mapping's methods where none are listed, then Spring's permissive defaults.
 */
public final class CrossOriginConfigurations {

	private CrossOriginConfigurations() {
	}

	/**
	 * The configuration of one handler method.
	 * @param type the handler's class
	 * @param method the handler method
	 * @param mappedMethods the HTTP methods it is mapped to (none: any)
	 * @param resolver resolves placeholders, as Spring does
	 * @return the configuration, or null if neither the method nor its class carries {@code @CrossOrigin}
	 */
	public static @Nullable CorsConfiguration of(Class<?> type, Method method, List<String> mappedMethods,
			PropertyResolver resolver) {
		CrossOrigin onType = AnnotatedElementUtils.findMergedAnnotation(type, CrossOrigin.class);
		CrossOrigin onMethod = AnnotatedElementUtils.findMergedAnnotation(method, CrossOrigin.class);
		if (onType == null && onMethod == null) {
			return null;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		update(configuration, onType, resolver);
		update(configuration, onMethod, resolver);
		if (configuration.getAllowedMethods() == null || configuration.getAllowedMethods().isEmpty()) {
			mappedMethods.forEach(configuration::addAllowedMethod);
		}
		return configuration.applyPermitDefaultValues();
	}

	/**
	 * The {@code @CrossOrigin} configuration of one mapped handler method, as a report lists it.
	 * @param handler the handler method
	 * @param mappedMethods the HTTP methods it is mapped to (none: any)
	 * @param pathPatterns the paths it is mapped to
	 * @param resolver resolves placeholders, as Spring does
	 * @return the configuration, or null if the handler carries no {@code @CrossOrigin}
	 */
	public static @Nullable SpringCorsConfiguration of(HandlerMethod handler, List<String> mappedMethods,
			List<String> pathPatterns, PropertyResolver resolver) {
		CorsConfiguration configuration = of(ClassUtils.getUserClass(handler.getBeanType()), handler.getMethod(),
				mappedMethods, resolver);
		return (configuration != null) ? new SpringCorsConfiguration(describe(handler.getBeanType(), handler.getMethod()),
				List.copyOf(pathPatterns), configuration) : null;
	}

	/**
	 * The mappings a configurer adds to a {@code CorsRegistry}, as a report lists them.
	 * @param configurer the configurer ({@code WebMvcConfigurer} or {@code WebFluxConfigurer})
	 * @param mappings its registry's configurations, by path pattern
	 * @return one configuration per pattern
	 */
	public static List<SpringCorsConfiguration> ofRegistry(Object configurer, Map<String, CorsConfiguration> mappings) {
		String name = ClassUtils.getUserClass(configurer).getSimpleName();
		return mappings.entrySet()
			.stream()
			.map((mapping) -> new SpringCorsConfiguration("CorsRegistry mapping of " + name + " for " + mapping.getKey(),
					List.of(mapping.getKey()), mapping.getValue()))
			.toList();
	}

	/**
	 * How reports name a handler method.
	 * @param type the handler's class
	 * @param method the method
	 * @return e.g. {@code @CrossOrigin on OrdersController.list()}
	 */
	public static String describe(Class<?> type, Method method) {
		return "@CrossOrigin on " + type.getSimpleName() + "." + method.getName() + "()";
	}

	private static void update(CorsConfiguration configuration, @Nullable CrossOrigin annotation, PropertyResolver resolver) {
		if (annotation == null) {
			return;
		}
		for (String origin : annotation.origins()) {
			configuration.addAllowedOrigin(resolver.resolvePlaceholders(origin));
		}
		for (String pattern : annotation.originPatterns()) {
			configuration.addAllowedOriginPattern(resolver.resolvePlaceholders(pattern));
		}
		for (RequestMethod method : annotation.methods()) {
			configuration.addAllowedMethod(method.name());
		}
		for (String header : annotation.allowedHeaders()) {
			configuration.addAllowedHeader(resolver.resolvePlaceholders(header));
		}
		for (String header : annotation.exposedHeaders()) {
			configuration.addExposedHeader(resolver.resolvePlaceholders(header));
		}
		String credentials = resolver.resolvePlaceholders(annotation.allowCredentials());
		if ("true".equalsIgnoreCase(credentials)) {
			configuration.setAllowCredentials(true);
		}
		else if ("false".equalsIgnoreCase(credentials)) {
			configuration.setAllowCredentials(false);
		}
		if (annotation.maxAge() >= 0) {
			configuration.setMaxAge(annotation.maxAge());
		}
	}

}
