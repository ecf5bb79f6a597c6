package io.crossorigin.cors.spring.cloud;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.annotation.Bean;

import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicyRegistry;

/**
 * With Spring Cloud's context on the class path: the policies reload whenever Spring Cloud reports
 * that a {@code cors.*} property changed ({@link EnvironmentChangeEvent}).
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(EnvironmentChangeEvent.class)
@ConditionalOnBean(CorsPolicyRegistry.class)
public class CorsSpringCloudAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEnvironmentChangeListener corsEnvironmentChangeListener(CorsPolicyRegistry registry) {
		return new CorsEnvironmentChangeListener(registry);
	}

}
