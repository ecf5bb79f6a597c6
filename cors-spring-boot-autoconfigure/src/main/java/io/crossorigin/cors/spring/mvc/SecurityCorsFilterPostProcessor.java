package io.crossorigin.cors.spring.mvc;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.Filter;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * Makes Spring's {@link CorsFilter} step aside wherever a policy of this starter applies: the one
 * that {@code http.cors(...)} puts in a Spring Security filter chain (built from the user's
 * {@code CorsConfigurationSource}, or from Spring MVC's handler mappings) and any
 * {@code CorsFilter} bean. Without this, on a covered path such a filter would decide a second
 * time: grant an origin the policy refuses, reject with 403 a request the policy lets through
 * without CORS headers, end a same-origin {@code OPTIONS} as if it were a preflight, or repeat
 * {@code Vary} tokens. Elsewhere it works as before.
 *
 * <ul>
 * <li>A {@link DefaultSecurityFilterChain} is rebuilt, same matcher and name, with each
 * {@code CorsFilter} behind a {@link PolicyAwareCorsFilter}.</li>
 * <li>A {@code CorsFilter} bean keeps its type (Spring Security looks it up by it) and gets a
 * {@link DefaultCorsProcessor} that steps aside, which is what a {@code CorsFilter} uses unless
 * told otherwise; so does the {@code CorsFilter} of any other kind of chain.</li>
 * </ul>
 */
class SecurityCorsFilterPostProcessor implements BeanPostProcessor, BeanFactoryAware {

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof CorsFilter filter) {
			filter.setCorsProcessor(new PolicyAwareCorsProcessor(new DefaultCorsProcessor(), ServletRequestPolicy::isCovered));
		}
		else if (bean instanceof SecurityFilterChain chain && chain.getFilters().stream().anyMatch(CorsFilter.class::isInstance)) {
			return policyAware(chain, beanName);
		}
		return bean;
	}

	private SecurityFilterChain policyAware(SecurityFilterChain chain, String beanName) {
		if (!(chain instanceof DefaultSecurityFilterChain defaultChain)) {
			for (Filter filter : chain.getFilters()) {
				if (filter instanceof CorsFilter corsFilter) {
					corsFilter.setCorsProcessor(
							new PolicyAwareCorsProcessor(new DefaultCorsProcessor(), ServletRequestPolicy::isCovered));
				}
			}
			return chain;
		}
		List<Filter> filters = chain.getFilters()
			.stream()
			.map((filter) -> (filter instanceof CorsFilter corsFilter) ? new PolicyAwareCorsFilter(corsFilter) : filter)
			.toList();
		DefaultSecurityFilterChain rebuilt = new DefaultSecurityFilterChain(defaultChain.getRequestMatcher(), filters);
		rebuilt.setBeanName(beanName);
		// the container sets it (BeanFactoryAware) before it hands any bean to a post-processor
		rebuilt.setBeanFactory(Objects.requireNonNull(this.beanFactory, "beanFactory"));
		return rebuilt;
	}

}
