package io.crossorigin.cors.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsReason;
import io.crossorigin.cors.CorsResponseHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one enforcement step every entry point calls: it selects, decides, records and publishes one
 * event per request, whichever stack's view of the request it is handed.
 */
class CorsPolicyEnforcerTests {

	private final List<CorsDecisionEvent> heard = new ArrayList<>();

	private final List<CorsDecisionEvent> heardToo = new ArrayList<>();

	private final CorsPolicyEnforcer enforcer = new CorsPolicyEnforcer(new CorsPolicySelector(registry()),
			new CorsEngine(), CorsDecisionListener.of(List.of(this.heard::add, this.heardToo::add)));

	@Test
	void aRequestNoPolicyCoversIsRecordedAsUncoveredAndPublishesNothing() {
		TestExchange exchange = new TestExchange("GET", "/elsewhere", "https://app.example.com");
		AppliedCorsPolicy applied = this.enforcer.enforce(exchange, null);
		assertThat(applied.isCovered()).isFalse();
		assertThat(exchange.recorded).isSameAs(applied);
		assertThat(exchange.written).isEmpty();
		assertThat(this.heard).isEmpty();
	}

	@Test
	void aCoveredRequestIsDecidedWrittenRecordedAndPublishedOnceToEveryListener() {
		TestExchange exchange = new TestExchange("GET", "/api/orders", "https://app.example.com");
		AppliedCorsPolicy applied = this.enforcer.enforce(exchange, null);
		assertThat(applied).isInstanceOfSatisfying(CorsDecisionEvent.class, (event) -> {
			assertThat(event.policy().name()).isEqualTo("api");
			assertThat(event.decision().kind()).isEqualTo(CorsDecision.Kind.ACTUAL_ALLOWED);
			assertThat(event.method()).isEqualTo("GET");
			assertThat(event.path()).isEqualTo("/api/orders");
			assertThat(event.answersItself()).isFalse();
		});
		assertThat(exchange.recorded).isSameAs(applied);
		assertThat(exchange.written).containsEntry("Access-Control-Allow-Origin", "https://app.example.com");
		assertThat(this.heard).containsExactly((CorsDecisionEvent) applied);
		assertThat(this.heardToo).containsExactly((CorsDecisionEvent) applied);
	}

	@Test
	void aPreflightIsAnsweredByTheAdapterWithTheDecisionsStatus() {
		TestExchange exchange = new TestExchange("OPTIONS", "/api/orders", "https://evil.example");
		exchange.headers.put("Access-Control-Request-Method", "PUT");
		CorsDecisionEvent event = (CorsDecisionEvent) this.enforcer.enforce(exchange, null);
		assertThat(event.answersItself()).isTrue();
		assertThat(event.status()).isEqualTo(403);
		assertThat(event.decision().reason()).isEqualTo(CorsReason.ORIGIN_NOT_ALLOWED);
		assertThat(event.offendingValue()).isEqualTo("'https://evil.example'");
		assertThat(exchange.written).doesNotContainKey("Access-Control-Allow-Origin");
	}

	@Test
	void applyingAChosenPolicyDecidesRecordsAndPublishesAsTheWholeStepDoes() {
		TestExchange exchange = new TestExchange("GET", "/not/selected/by/path", "https://app.example.com");
		NamedCorsPolicy api = registry().policy("api");
		CorsDecisionEvent event = this.enforcer.apply(exchange, api);
		assertThat(event.policy()).isEqualTo(api);
		assertThat(exchange.recorded).isSameAs(event);
		assertThat(this.heard).containsExactly(event);
	}

	@Test
	void reapplyingWritesTheSameHeadersAgainButNeitherRecordsNorPublishes() {
		TestExchange exchange = new TestExchange("GET", "/api/orders", "https://app.example.com");
		CorsDecisionEvent event = (CorsDecisionEvent) this.enforcer.enforce(exchange, null);
		Map<String, String> first = new LinkedHashMap<>(exchange.written);
		exchange.written.clear();
		exchange.recorded = null;
		CorsDecision again = this.enforcer.reapply(event.policy(), exchange, exchange.responseHeaders());
		assertThat(again).isSameAs(event.decision());
		assertThat(exchange.written).isEqualTo(first);
		assertThat(exchange.recorded).isNull();
		assertThat(this.heard).hasSize(1);
	}

	@Test
	void theHandlerMattersOnlyOnceAHandlerCarriesTheAnnotation() {
		assertThat(this.enforcer.needsHandler()).isFalse();
	}

	private static CorsPolicyRegistry registry() {
		CorsPolicyProperties api = new CorsPolicyProperties();
		api.setPathPatterns(List.of("/api/**"));
		api.setAllowedOrigins(List.of("https://app.example.com"));
		api.setAllowedMethods(List.of("GET", "PUT"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("api", api);
		return CorsPolicyRegistry.of(properties);
	}

	/** A stack's view of a request, as simple as one can be. */
	private static final class TestExchange implements CorsExchange, CorsResponseHeaders {

		private final String method;

		private final String path;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private final Map<String, String> written = new LinkedHashMap<>();

		private @Nullable AppliedCorsPolicy recorded;

		TestExchange(String method, String path, String origin) {
			this.method = method;
			this.path = path;
			this.headers.put("Origin", origin);
		}

		@Override
		public String method() {
			return this.method;
		}

		@Override
		public @Nullable String header(String name) {
			return this.headers.get(name);
		}

		@Override
		public String scheme() {
			return "https";
		}

		@Override
		public String host() {
			return "api.example.com";
		}

		@Override
		public int port() {
			return -1;
		}

		@Override
		public PathContainer pathWithinApplication() {
			return PathContainer.parsePath(this.path);
		}

		@Override
		public String path() {
			return this.path;
		}

		@Override
		public CorsResponseHeaders responseHeaders() {
			return this;
		}

		@Override
		public void record(AppliedCorsPolicy applied) {
			this.recorded = applied;
		}

		@Override
		public @Nullable String get(String name) {
			return this.written.get(name);
		}

		@Override
		public void set(String name, String value) {
			this.written.put(name, value);
		}

	}

}
