package io.crossorigin.cors.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The finders of CORS configurations that either stack may have: {@code CorsConfigurationSource}
 * beans (Spring Security's {@code http.cors()} takes its configuration from one), and Spring Cloud
 * Gateway's {@code globalcors} properties.
 */
final class CommonSpringCorsFinders {

	/** Spring Cloud Gateway's global CORS, as its server and its older versions name it. */
	private static final List<String> GATEWAY_PREFIXES = List.of("spring.cloud.gateway.server.webflux.globalcors",
			"spring.cloud.gateway.server.webmvc.globalcors", "spring.cloud.gateway.globalcors");

	private CommonSpringCorsFinders() {
	}

	/**
	 * Spring MVC's {@code UrlBasedCorsConfigurationSource} beans. (WebFlux's offers no way to read
	 * its configurations back.)
	 */
	static SpringCorsConfiguration.Finder sourceBeans(ListableBeanFactory beanFactory) {
		return () -> {
			List<SpringCorsConfiguration> found = new ArrayList<>();
			beanFactory.getBeansOfType(org.springframework.web.cors.UrlBasedCorsConfigurationSource.class, false, false)
				.forEach((name, source) -> add(found, "CorsConfigurationSource bean '" + name + "'",
						source.getCorsConfigurations()));
			return found;
		};
	}

	/** Spring Cloud Gateway's {@code globalcors.cors-configurations}, read from the environment. */
	static SpringCorsConfiguration.Finder gatewayGlobalCors(Environment environment) {
		return () -> {
			List<SpringCorsConfiguration> found = new ArrayList<>();
			Binder binder = Binder.get(environment);
			for (String prefix : GATEWAY_PREFIXES) {
				binder.bind(prefix + ".cors-configurations", Bindable.mapOf(String.class, CorsConfiguration.class))
					.ifBound((configurations) -> add(found, prefix + ".cors-configurations", configurations));
			}
			return found;
		};
	}

	private static void add(List<SpringCorsConfiguration> found, String source, Map<String, CorsConfiguration> byPattern) {
		byPattern.forEach((pattern, configuration) -> found
			.add(new SpringCorsConfiguration(source + " for " + pattern, List.of(pattern), configuration)));
	}

}
