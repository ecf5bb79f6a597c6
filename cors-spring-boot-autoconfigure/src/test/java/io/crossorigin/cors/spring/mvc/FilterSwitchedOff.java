package io.crossorigin.cors.spring.mvc;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Switches the servlet filter off (as a user may, to keep a filter of theirs first): Spring MVC's
 * interceptor then decides alone. Replaces the starter's {@code corsPolicyFilterRegistration}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FilterSwitchedOff {

	@Bean
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(CorsPolicyFilter filter) {
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
