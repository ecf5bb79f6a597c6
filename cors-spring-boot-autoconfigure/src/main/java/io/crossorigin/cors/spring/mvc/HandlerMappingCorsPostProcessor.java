package io.crossorigin.cors.spring.mvc;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

import io.crossorigin.cors.spring.CorsPolicySelector;

/**
 * Makes Spring MVC's own CORS processing ({@code @CrossOrigin}, {@code CorsRegistry} mappings)
 * step aside wherever a policy of this starter applies: the {@link org.springframework.web.cors.CorsProcessor}
 * of every handler mapping is wrapped in a {@link PolicyAwareCorsProcessor}, which asks the
 * request's policy (choosing it from the handler the mapping found, if nothing chose it yet), and
 * tells the interceptor of each request it refuses, for report-only comparisons. The starter's own
 * {@link CorsPreflightHandlerMapping} is left alone.
 */
class HandlerMappingCorsPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<CorsPolicySelector> selector;

	private final ObjectProvider<CorsPolicyInterceptor> interceptor;

	/**
	 * @param selector picks a request's policy, resolved at the first request
	 * @param interceptor compares a report-only policy with what Spring's processing refused
	 * (interceptors after Spring's own never see such a request), resolved at the first refusal
	 */
	HandlerMappingCorsPostProcessor(ObjectProvider<CorsPolicySelector> selector,
			ObjectProvider<CorsPolicyInterceptor> interceptor) {
		this.selector = selector;
		this.interceptor = interceptor;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractHandlerMapping mapping && !(bean instanceof CorsPreflightHandlerMapping)
				&& !(mapping.getCorsProcessor() instanceof PolicyAwareCorsProcessor)) {
			mapping.setCorsProcessor(new PolicyAwareCorsProcessor(mapping.getCorsProcessor(),
					(request) -> ServletRequestPolicy
						.resolve(request, request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE),
								this.selector.getObject())
						.isCovered(),
					(request, response) -> this.interceptor.getObject().compareSpringsRefusal(request, response)));
		}
		return bean;
	}

}
