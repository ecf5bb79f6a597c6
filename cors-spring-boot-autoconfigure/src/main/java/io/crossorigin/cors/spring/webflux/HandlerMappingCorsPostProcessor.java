package io.crossorigin.cors.spring.webflux;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;

/**
 * Makes Spring WebFlux's own CORS processing ({@code @CrossOrigin}, global CORS mappings) step
 * aside wherever a policy of this starter applied: the
 * {@link org.springframework.web.cors.reactive.CorsProcessor} of every handler mapping is wrapped
 * in a {@link PolicyAwareCorsProcessor}.
 */
class HandlerMappingCorsPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractHandlerMapping mapping
				&& !(mapping.getCorsProcessor() instanceof PolicyAwareCorsProcessor)) {
			mapping.setCorsProcessor(new PolicyAwareCorsProcessor(mapping.getCorsProcessor()));
		}
		return bean;
	}

}
