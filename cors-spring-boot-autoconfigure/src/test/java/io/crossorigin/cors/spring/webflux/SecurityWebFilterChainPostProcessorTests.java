package io.crossorigin.cors.spring.webflux;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.MatcherSecurityWebFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code CorsWebFilter} of a Spring Security chain steps aside on exchanges a policy covered
 * and works as before on the others; the chain's other filters and matcher are kept.
 */
class SecurityWebFilterChainPostProcessorTests {

	private static final String LEGACY = "https://legacy.example.org";

	private final SecurityWebFilterChainPostProcessor postProcessor = new SecurityWebFilterChainPostProcessor();

	@Test
	void theCorsWebFilterOfAChainStepsAsideOnCoveredExchangesOnly() {
		WebFilter other = (exchange, chain) -> chain.filter(exchange);
		SecurityWebFilterChain chain = new MatcherSecurityWebFilterChain(ServerWebExchangeMatchers.anyExchange(),
				List.of(usersCorsWebFilter(), other));
		SecurityWebFilterChain processed = (SecurityWebFilterChain) this.postProcessor
			.postProcessAfterInitialization(chain, "securityWebFilterChain");
		assertThat(processed).isInstanceOf(PolicyAwareSecurityWebFilterChain.class);
		List<WebFilter> filters = processed.getWebFilters().collectList().block();
		assertThat(filters).hasSize(2).element(1).isSameAs(other);

		MockServerWebExchange covered = HandlerMappingCorsPostProcessorTests.exchange(true);
		filters.get(0).filter(covered, (exchange) -> Mono.empty()).block();
		assertThat(covered.getResponse().getHeaders().headerNames()).as("nothing written").isEmpty();

		MockServerWebExchange uncovered = HandlerMappingCorsPostProcessorTests.exchange(false);
		filters.get(0).filter(uncovered, (exchange) -> Mono.empty()).block();
		assertThat(uncovered.getResponse().getHeaders().getAccessControlAllowOrigin()).as("Spring's, as before")
			.isEqualTo(LEGACY);
		assertThat(processed.matches(covered).block()).isTrue();
	}

	@Test
	void aChainIsWrappedOnceAndOtherBeansAreLeftAlone() {
		SecurityWebFilterChain chain = new MatcherSecurityWebFilterChain(ServerWebExchangeMatchers.anyExchange(),
				List.of(usersCorsWebFilter()));
		Object processed = this.postProcessor.postProcessAfterInitialization(chain, "chain");
		assertThat(this.postProcessor.postProcessAfterInitialization(processed, "chain")).isSameAs(processed);
		Object bean = Flux.empty();
		assertThat(this.postProcessor.postProcessAfterInitialization(bean, "bean")).isSameAs(bean);
	}

	private static CorsWebFilter usersCorsWebFilter() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(LEGACY);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return new CorsWebFilter(source);
	}

}
