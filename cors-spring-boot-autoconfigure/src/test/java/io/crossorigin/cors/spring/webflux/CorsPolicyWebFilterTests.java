package io.crossorigin.cors.spring.webflux;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@link CorsPolicyWebFilter} writes what: an actual request's headers before the chain, so
 * that whatever runs or observes the response before it is committed sees them, and again at commit
 * on a response cleared of every {@code Access-Control-*} header others wrote; a preflight's at once.
 */
class CorsPolicyWebFilterTests {

	private static final String APP = "https://app.example.com";

	private final CorsPolicyWebFilter filter = new CorsPolicyWebFilter(
			new CorsPolicyEnforcer(selector(), new CorsEngine(), CorsDecisionListener.NONE),
			new ReactiveHandlerMethodLookup(List.of()), CorsPolicyWebFilter.ORDER);

	@Test
	void anActualRequestsHeadersAreVisibleToTheChainAndLeaveOnceAfterCommit() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://api.example.com/api/orders").header("Origin", APP));
		List<String> seenByTheChain = new ArrayList<>();
		WebFilterChain chain = (ex) -> {
			seenByTheChain.addAll(ex.getResponse().getHeaders().headerNames());
			assertThat(AppliedCorsPolicy.from(ex.getAttributes()::get).decision().isAllowed()).isTrue();
			return Mono.empty();
		};
		this.filter.filter(exchange, chain).then(exchange.getResponse().setComplete()).block();
		assertThat(seenByTheChain).contains("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Vary");
		HttpHeaders headers = exchange.getResponse().getHeaders();
		assertThat(headers.get("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(headers.get("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(headers.get("Vary")).containsExactly("Origin");
	}

	@Test
	void theGateClearsEveryAccessControlHeaderOthersWroteInAnyCase() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://api.example.com/api/orders").header("Origin", "https://evil.example.org"));
		WebFilterChain chain = (ex) -> {
			HttpHeaders headers = ex.getResponse().getHeaders();
			headers.add("access-control-allow-origin", "https://evil.example.org");
			headers.add("ACCESS-CONTROL-ALLOW-CREDENTIALS", "true");
			headers.add("Access-Control-Expose-Headers", "X-Secret");
			headers.add("Access-Control-Allow-Methods", "*");
			headers.add("Access-Control-Allow-Headers", "*");
			headers.add("Access-Control-Max-Age", "86400");
			headers.add("Access-Control-Allow-Private-Network", "true");
			headers.add("Access-Control-Anything-Else", "a name the Fetch standard does not define");
			headers.add("Vary", "Accept-Encoding, origin");
			return Mono.empty();
		};
		this.filter.filter(exchange, chain).then(exchange.getResponse().setComplete()).block();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		assertThat(headers.headerNames()).noneMatch((name) -> name.regionMatches(true, 0, "Access-Control-", 0, 15));
		assertThat(headers.get("Vary")).containsExactly("Origin, Accept-Encoding");
	}

	@Test
	void aPreflightIsAnsweredAtOnce() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
			.options("https://api.example.com/api/orders")
			.header("Origin", APP)
			.header("Access-Control-Request-Method", "PUT"));
		this.filter.filter(exchange, (ex) -> Mono.error(new AssertionError("a preflight went on"))).block();
		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(204);
		HttpHeaders headers = exchange.getResponse().getHeaders();
		assertThat(headers.get("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(headers.get("Access-Control-Allow-Methods")).containsExactly("GET, PUT");
	}

	private static CorsPolicySelector selector() {
		CorsPolicyProperties api = new CorsPolicyProperties();
		api.setPathPatterns(List.of("/api/**"));
		api.setAllowedOrigins(List.of(APP));
		api.setAllowedMethods(List.of("GET", "PUT"));
		api.setAllowCredentials(true);
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("api", api);
		return new CorsPolicySelector(CorsPolicyRegistry.of(properties));
	}

}
