package io.crossorigin.cors.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.crossorigin.cors.spring.CorsAutoConfiguration;
import io.crossorigin.cors.spring.CorsPolicySelector;

/**
 * With Micrometer and a {@link MeterRegistry}: the counter {@code cors.requests}
 * ({@link CorsRequestMetrics}).
 */
@AutoConfiguration(after = CorsAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, CorsPolicySelector.class })
public class CorsMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsRequestMetrics corsRequestMetrics(MeterRegistry registry) {
		return new CorsRequestMetrics(registry);
	}

}
