package io.crossorigin.cors.spring.mvc;

import java.util.List;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.NamedCorsPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's {@code CorsFilter}, from the user's own {@code CorsConfigurationSource},
 * steps aside on requests a policy covers and works as before on the others.
 */
class SecurityCorsFilterPostProcessorTests {

	private static final String LEGACY = "https://legacy.example.org";

	private final SecurityCorsFilterPostProcessor postProcessor = new SecurityCorsFilterPostProcessor();

	SecurityCorsFilterPostProcessorTests() {
		this.postProcessor.setBeanFactory(new DefaultListableBeanFactory());
	}

	private static CorsFilter usersCorsFilter() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(LEGACY);
		configuration.addAllowedMethod("*");
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return new CorsFilter(source);
	}

	private static MockHttpServletRequest preflight(boolean covered) {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/orders");
		request.addHeader("Origin", LEGACY);
		request.addHeader("Access-Control-Request-Method", "PUT");
		if (covered) {
			request.setAttribute(AppliedCorsPolicy.ATTRIBUTE, AppliedCorsPolicy.chosen(
					new NamedCorsPolicy("api", CorsPolicy.builder().allowedOrigins("https://app.example.com").build())));
		}
		return request;
	}

	@Test
	void theCorsFilterOfASecurityChainStepsAsideOnCoveredRequests() throws Exception {
		SecurityFilterChain chain = new DefaultSecurityFilterChain(PathPatternRequestMatcher.pathPattern("/**"),
				usersCorsFilter());
		SecurityFilterChain processed = (SecurityFilterChain) this.postProcessor.postProcessAfterInitialization(chain,
				"securityFilterChain");

		assertThat(processed).isInstanceOf(DefaultSecurityFilterChain.class);
		List<Filter> filters = processed.getFilters();
		assertThat(filters).singleElement().isInstanceOf(PolicyAwareCorsFilter.class);

		MockHttpServletResponse covered = new MockHttpServletResponse();
		MockFilterChain next = new MockFilterChain();
		filters.get(0).doFilter(preflight(true), covered, next);
		assertThat(next.getRequest()).as("passed on").isNotNull();
		assertThat(covered.getHeaderNames()).as("nothing written").isEmpty();

		MockHttpServletResponse uncovered = new MockHttpServletResponse();
		MockFilterChain notReached = new MockFilterChain();
		filters.get(0).doFilter(preflight(false), uncovered, notReached);
		assertThat(notReached.getRequest()).as("answered by Spring, as before").isNull();
		assertThat(uncovered.getHeader("Access-Control-Allow-Origin")).isEqualTo(LEGACY);
	}

	@Test
	void aCorsFilterBeanKeepsItsTypeAndStepsAsideOnCoveredRequests() throws Exception {
		CorsFilter filter = usersCorsFilter();
		assertThat(this.postProcessor.postProcessAfterInitialization(filter, "corsFilter")).isSameAs(filter);

		MockHttpServletResponse covered = new MockHttpServletResponse();
		MockHttpServletRequest request = preflight(true);
		request.setMethod("GET");
		request.removeHeader("Access-Control-Request-Method");
		MockFilterChain next = new MockFilterChain();
		filter.doFilter(request, covered, next);
		assertThat(next.getRequest()).isNotNull();
		assertThat(covered.getHeader("Access-Control-Allow-Origin")).isNull();
		assertThat(covered.getHeaders("Vary")).isEmpty();
	}

	@Test
	void aChainWithoutCorsFilterIsLeftAlone() {
		SecurityFilterChain chain = new DefaultSecurityFilterChain(PathPatternRequestMatcher.pathPattern("/**"));
		assertThat(this.postProcessor.postProcessAfterInitialization(chain, "securityFilterChain")).isSameAs(chain);
	}

}
