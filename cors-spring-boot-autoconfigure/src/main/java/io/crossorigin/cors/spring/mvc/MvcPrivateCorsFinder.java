package io.crossorigin.cors.spring.mvc;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import io.crossorigin.cors.spring.SpringCorsConfiguration;

/**
 * Spring MVC's CORS configurations that keep their settings private: {@code CorsFilter} beans
 * (or registered through a {@code FilterRegistrationBean}), and {@code CorsConfigurationSource}
 * beans of other kinds than {@code UrlBasedCorsConfigurationSource} (which is read, with its
 * paths, by the common finder). Found by type, so that the report names them.
 */
class MvcPrivateCorsFinder implements SpringCorsConfiguration.Finder {

	private static final String FILTER_ADVICE = "A CorsFilter does not let its source be read: declare the"
			+ " UrlBasedCorsConfigurationSource it is built with as a bean to have it listed with its paths and"
			+ " translated (if it is one of the CorsConfigurationSource beans listed, that entry shows it), or set"
			+ " the policy's mode: report-only to compare the two on live requests";

	private static final String SOURCE_ADVICE = "Only a UrlBasedCorsConfigurationSource can be read: declare the"
			+ " configuration as one to have it listed with its paths and translated, or set the policy's"
			+ " mode: report-only to compare the two on live requests";

	private final ListableBeanFactory beanFactory;

	MvcPrivateCorsFinder(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public List<SpringCorsConfiguration> find() {
		List<SpringCorsConfiguration> found = new ArrayList<>();
		for (String name : this.beanFactory.getBeanNamesForType(CorsFilter.class, false, false)) {
			found.add(SpringCorsConfiguration.unreadable("CorsFilter bean '" + name + "'", FILTER_ADVICE));
		}
		this.beanFactory.getBeansOfType(FilterRegistrationBean.class, false, false).forEach((name, registration) -> {
			if (registration.getFilter() instanceof CorsFilter) {
				found.add(SpringCorsConfiguration.unreadable("CorsFilter registered by bean '" + name + "'",
						FILTER_ADVICE));
			}
		});
		this.beanFactory.getBeansOfType(CorsConfigurationSource.class, false, false).forEach((name, source) -> {
			// the introspector hands on the handler mappings' configurations, which are read as such
			if (!(source instanceof UrlBasedCorsConfigurationSource) && !(source instanceof HandlerMappingIntrospector)) {
				found.add(SpringCorsConfiguration.unreadable("CorsConfigurationSource bean '" + name + "'", SOURCE_ADVICE));
			}
		});
		return found;
	}

}
