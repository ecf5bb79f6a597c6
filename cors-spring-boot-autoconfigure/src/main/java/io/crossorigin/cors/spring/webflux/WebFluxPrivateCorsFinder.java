package io.crossorigin.cors.spring.webflux;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;

import io.crossorigin.cors.spring.SpringCorsConfiguration;

/**
 * Spring WebFlux's CORS configurations, all of which keep their settings private:
 * {@code CorsWebFilter} beans and reactive {@code CorsConfigurationSource} beans (Spring
 * Security's {@code http.cors()} reads one). WebFlux's {@code UrlBasedCorsConfigurationSource}
 * offers no way to read its configurations back, so they are found by type, so that the report
 * names them.
 */
class WebFluxPrivateCorsFinder implements SpringCorsConfiguration.Finder {

	private static final String ADVICE = "Spring WebFlux does not let a CORS configuration source be read:"
			+ " set the policy's mode: report-only to compare the two on live requests";

	private final ListableBeanFactory beanFactory;

	WebFluxPrivateCorsFinder(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public List<SpringCorsConfiguration> find() {
		List<SpringCorsConfiguration> found = new ArrayList<>();
		for (String name : this.beanFactory.getBeanNamesForType(CorsWebFilter.class, false, false)) {
			found.add(SpringCorsConfiguration.unreadable("CorsWebFilter bean '" + name + "'", ADVICE));
		}
		for (String name : this.beanFactory.getBeanNamesForType(CorsConfigurationSource.class, false, false)) {
			found.add(SpringCorsConfiguration.unreadable("CorsConfigurationSource bean '" + name + "'", ADVICE));
		}
		return found;
	}

}
