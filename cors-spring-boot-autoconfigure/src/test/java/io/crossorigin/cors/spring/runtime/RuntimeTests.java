package io.crossorigin.cors.spring.runtime;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.CorsReason;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.hostile.HostileRequests;
import io.crossorigin.cors.spring.metrics.CorsRequestMetrics;
import io.crossorigin.cors.spring.hostile.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens at runtime, on both stacks over real HTTP: the applied policy and decision as the
 * application reads them ({@code AppliedCorsPolicy}), a handler registered after startup, and
 * reloads under traffic that never let a request see part of one set of policies and part of
 * another.
 */
class RuntimeTests {

	static final String A = "https://a.example.com";

	static final String B = "https://b.example.com";

	abstract static class Stack {

		@LocalServerPort
		int port;

		@Autowired
		CorsPolicyRegistry registry;

		@Autowired
		ConfigurableEnvironment environment;

		@Autowired
		ApplicationContext context;

		@Autowired
		MeterRegistry meters;

		abstract void registerLateOrders(Object bean, Method method);

		RawHttp.Response get(String path, String origin) throws IOException {
			return RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ ((origin != null) ? "Origin: " + origin + "\r\n" : ""));
		}

		RawHttp.Response preflight(String path, String origin, String method) throws IOException {
			return RawHttp.exchange(this.port, "OPTIONS " + path + " HTTP/1.1\r\nHost: localhost\r\nOrigin: " + origin
					+ "\r\nAccess-Control-Request-Method: " + method + "\r\n");
		}

		@Test
		void theAppliedPolicyAndDecisionAreReadTheSameWayOnBothStacks() throws IOException {
			RawHttp.Response allowed = get("/api/items", A);
			assertThat(allowed.values(RuntimeApplication.APPLIED)).as(allowed.raw()).containsExactly("api ACTUAL_ALLOWED");
			assertThat(get("/api/items", "https://evil.example.org").values(RuntimeApplication.APPLIED))
				.containsExactly("api ACTUAL_DENIED");
			assertThat(get("/api/items", null).values(RuntimeApplication.APPLIED)).containsExactly("api NOT_CORS");
			assertThat(get("/open/items", A).values(RuntimeApplication.APPLIED)).containsExactly("none");
		}

		@Test
		void aPolicyFromARegistrarAnswersOverHttp() throws IOException {
			RawHttp.Response allowed = get("/partners/feed", "https://partner.example.net");
			assertThat(allowed.values("Access-Control-Allow-Origin")).containsExactly("https://partner.example.net");
			assertThat(allowed.values(RuntimeApplication.APPLIED)).containsExactly("partners ACTUAL_ALLOWED");
			assertThat(get("/partners/feed", A).accessControlNames()).isEmpty();
		}

		@Test
		void tenantOriginsFollowTheirSetAsItChanges() throws IOException {
			OriginSet tenants = this.context.getBean("tenantOrigins", OriginSet.class);
			List<String> before = tenants.origins();
			try {
				assertThat(get("/storefront/items", "https://shop.acme.example").values("Access-Control-Allow-Origin"))
					.containsExactly("https://shop.acme.example");
				tenants.replace(List.of("https://shop.globex.example"));
				assertThat(get("/storefront/items", "https://shop.acme.example").accessControlNames()).isEmpty();
				RawHttp.Response globex = preflight("/storefront/items", "https://shop.globex.example", "GET");
				assertThat(globex.status()).isEqualTo(204);
				assertThat(globex.values("Access-Control-Allow-Origin")).containsExactly("https://shop.globex.example");
				assertThat(globex.values("Access-Control-Allow-Credentials")).containsExactly("true");
				// the fixed entry stays whatever the set holds
				assertThat(get("/storefront/items", "https://app.example.com").values("Access-Control-Allow-Origin"))
					.containsExactly("https://app.example.com");
			}
			finally {
				tenants.replace(before);
			}
		}

		@Test
		void aHandlerRegisteredAfterStartupGetsItsAnnotationsPolicyForPreflightsAndRequests() throws Exception {
			RuntimeApplication.LateOrders bean = this.context.getBean(RuntimeApplication.LateOrders.class);
			registerLateOrders(bean, RuntimeApplication.LateOrders.class.getMethod("orders"));
			RawHttp.Response actual = get("/late/orders", "https://late.example.com");
			assertThat(actual.status()).as(actual.raw()).isEqualTo(200);
			assertThat(actual.values("Access-Control-Allow-Origin")).containsExactly("https://late.example.com");
			RawHttp.Response preflight = preflight("/late/orders", "https://late.example.com", "GET");
			assertThat(preflight.status()).isEqualTo(204);
			assertThat(preflight.values("Access-Control-Allow-Origin")).containsExactly("https://late.example.com");
			assertThat(preflight("/late/orders", A, "GET").status()).isEqualTo(403);
		}

		String actuator(String pathAndQuery) throws IOException, InterruptedException {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/cors" + pathAndQuery))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		@Test
		void theEndpointListsEveryPolicyWithItsSettingsSourceAndLoadTime() throws Exception {
			DocumentContext json = JsonPath.parse(actuator(""));
			assertThat(json.read("$.loadedAt", String.class)).isEqualTo(this.registry.current().loadedAt().toString());
			assertThat(json.read("$.policies[*].name", List.class)).containsExactly("api", "storefront", "partners");
			assertThat(json.read("$.policies[2].source", String.class))
				.startsWith("CorsPolicyRegistrar io.crossorigin.cors.spring.runtime.RuntimeApplication");
			assertThat(json.read("$.policies[1].allowedOrigins", List.class)).containsExactly("https://app.example.com");
			assertThat(json.read("$.policies[1].dynamicOrigins", Integer.class)).isEqualTo(1);
			assertThat(json.read("$.policies[0].pathPatterns", List.class)).containsExactly("/api/**");
			assertThat(json.read("$.policies[0].allowedOrigins", List.class)).containsExactly(A);
			assertThat(json.read("$.policies[0].allowedMethods", List.class)).containsExactly("GET", "PUT");
			assertThat(json.read("$.policies[0].maxAgeSeconds", Integer.class)).isEqualTo(100);
			assertThat(json.read("$.policies[0].source", String.class)).startsWith("cors.policies.api (")
				.contains("runtime.yml");
			// every annotated handler, whether its annotation derives a policy or names one as it is
			assertThat(json.read("$.annotationPolicies[*].element", List.class)).contains("Items.special()",
					"Items.partnerItems()");
			assertThat(json.read("$.annotationPolicies[?(@.element == 'Items.special()')].policy", List.class))
				.containsExactly("api @Items.special()");
			assertThat(json.read("$.annotationPolicies[?(@.element == 'Items.special()')].derived.allowedOrigins[0]",
					List.class))
				.containsExactly("https://special.example.com");
			assertThat(json.read("$.annotationPolicies[?(@.element == 'Items.partnerItems()')].policy", List.class))
				.containsExactly("partners");
			List<Map<String, Object>> plain = json.read("$.annotationPolicies[?(@.element == 'Items.partnerItems()')]",
					List.class);
			assertThat(plain).singleElement().satisfies((handler) -> assertThat(handler).doesNotContainKey("derived"));
		}

		@Test
		void explainNamesEachMissingParameterAndGivesAnExample() throws Exception {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/cors/explain")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			DocumentContext json = JsonPath.parse(response.body());
			assertThat(json.read("$.error", String.class)).isEqualTo("missing parameters: method, path");
			assertThat(json.read("$.example", String.class)).startsWith("/actuator/cors/explain?method=GET&path=");
			HttpResponse<String> onlyPath = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/cors/explain?path=/api/items"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(onlyPath.statusCode()).isEqualTo(400);
			assertThat(JsonPath.parse(onlyPath.body()).read("$.error", String.class)).isEqualTo("missing parameter: method");
		}

		@Test
		void explainNeverInventsTheStatusTheApplicationAnswersWith() throws Exception {
			DocumentContext allowed = JsonPath.parse(actuator("/explain?method=GET&path=/api/items&origin=" + A));
			assertThat(allowed.read("$.actual.decision", String.class)).isEqualTo("ACTUAL_ALLOWED");
			assertThat(allowed.read("$.actual", Map.class)).as("no invented status").doesNotContainKey("status");
			assertThat(allowed.read("$.actual.statusNote", String.class))
				.startsWith("the application answers: its status").contains("not known without running the handler");
			DocumentContext untouched = JsonPath.parse(actuator("/explain?method=GET&path=/nowhere&origin=" + A));
			assertThat(untouched.read("$.actual", Map.class)).doesNotContainKey("status");
			assertThat(untouched.read("$.actual.statusNote", String.class)).startsWith("the application answers");
		}

		@Test
		void theEndpointExplainsAPreflightedFetchAsTheServerAndTheBrowserWouldSeeIt() throws Exception {
			DocumentContext allowed = JsonPath
				.parse(actuator("/explain?method=put&path=/api/items&origin=" + A + "&headers=X-Request-Id:%207&credentials=false"));
			assertThat(allowed.read("$.policy", String.class)).isEqualTo("api");
			assertThat(allowed.read("$.preflight.method", String.class)).isEqualTo("OPTIONS");
			assertThat(allowed.read("$.preflight.decision", String.class)).isEqualTo("PREFLIGHT_ACCEPTED");
			assertThat(allowed.read("$.preflight.status", Integer.class)).isEqualTo(204);
			assertThat(allowed.read("$.preflight.responseHeaders", Map.class)).containsEntry("Access-Control-Allow-Origin", A)
				.containsEntry("Access-Control-Allow-Methods", "GET, PUT")
				.containsEntry("Access-Control-Allow-Headers", "x-request-id")
				.containsEntry("Access-Control-Max-Age", "100");
			assertThat(allowed.read("$.actual.decision", String.class)).isEqualTo("ACTUAL_ALLOWED");
			assertThat(allowed.read("$.browser.readable", Boolean.class)).isTrue();
			// the live server answers the same preflight with the same headers
			RawHttp.Response live = RawHttp.exchange(this.port, "OPTIONS /api/items HTTP/1.1\r\nHost: localhost\r\nOrigin: " + A
					+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: x-request-id\r\n");
			Map<String, Object> explained = allowed.read("$.preflight.responseHeaders", Map.class);
			explained.forEach((name, value) -> assertThat(live.values(name)).as(name).containsExactly((String) value));

			DocumentContext refused = JsonPath
				.parse(actuator("/explain?method=PUT&path=/api/items&origin=https://evil.example.org"));
			assertThat(refused.read("$.preflight.decision", String.class)).isEqualTo("PREFLIGHT_REJECTED");
			assertThat(refused.read("$.preflight.reason", String.class)).isEqualTo("the origin is not allowed: 'https://evil.example.org'");
			assertThat(refused.read("$.preflight.responseHeaders", Map.class)).containsOnlyKeys("Vary");
			assertThat(refused.read("$", Map.class)).as("no actual request after a failed preflight").doesNotContainKey("actual");
			assertThat(refused.read("$.browser.readable", Boolean.class)).isFalse();
			assertThat(refused.read("$.browser.failure", String.class)).startsWith("the preflight fails");
		}

		@Test
		void theEndpointExplainsASimpleRequestAnAnnotatedHandlerAndAPathNoPolicyCovers() throws Exception {
			DocumentContext simple = JsonPath.parse(actuator("/explain?method=GET&path=/api/items&origin=" + A + "&credentials=true"));
			assertThat(simple.read("$", Map.class)).as("no preflight for a simple request").doesNotContainKey("preflight");
			assertThat(simple.read("$.actual.decision", String.class)).isEqualTo("ACTUAL_ALLOWED");
			assertThat(simple.read("$.browser.readable", Boolean.class)).isFalse();
			assertThat(simple.read("$.browser.failure", String.class)).contains("Access-Control-Allow-Credentials");
			DocumentContext annotated = JsonPath
				.parse(actuator("/explain?method=GET&path=/api/items/special&origin=https://special.example.com"));
			assertThat(annotated.read("$.policy", String.class)).isEqualTo("api @Items.special()");
			assertThat(annotated.read("$.handler", String.class)).contains("special");
			assertThat(annotated.read("$.browser.readable", Boolean.class)).isTrue();
			DocumentContext uncovered = JsonPath.parse(actuator("/explain?method=GET&path=/open/items&origin=" + A));
			assertThat(uncovered.read("$", Map.class)).as("no policy").doesNotContainKey("policy");
			assertThat(uncovered.read("$.actual.reason", String.class)).isEqualTo("no policy applies: the request is left untouched");
			assertThat(uncovered.read("$.browser.readable", Boolean.class)).isFalse();
		}

		@Test
		void requestsAreCountedByPolicyKindOutcomeAndReasonAndHostileTrafficCannotGrowTheMeters() throws IOException {
			get("/api/items", A);
			preflight("/api/items", "https://evil.example.org", "PUT");
			Counter allowed = this.meters.find(CorsRequestMetrics.METER)
				.tags("policy", "api", "kind", "actual", "outcome", "allowed", "reason", "allowed")
				.counter();
			assertThat(allowed).isNotNull();
			assertThat(this.meters.find(CorsRequestMetrics.METER)
				.tags("policy", "api", "kind", "preflight", "outcome", "rejected", "reason", "origin-not-allowed")
				.counter()).isNotNull();
			double before = total();
			for (HostileRequests.Hostile hostile : HostileRequests.all()) {
				RawHttp.exchange(this.port, hostile.head(this.port));
			}
			assertThat(total() - before).as("hostile requests counted").isGreaterThanOrEqualTo(200);
			Collection<Meter> meters = this.meters.find(CorsRequestMetrics.METER).meters();
			// at most the policies times their kinds times their reasons, whatever the traffic
			Set<String> policies = this.registry.policies().keySet();
			assertThat(meters).hasSizeLessThanOrEqualTo(
					policies.size() * CorsDecision.Kind.values().length * CorsReason.values().length);
			for (Meter meter : meters) {
				assertThat(meter.getId().getTags()).extracting(Tag::getKey)
					.containsExactlyInAnyOrder("policy", "kind", "outcome", "reason", "report");
				assertThat(meter.getId().getTag("policy")).isIn(policies);
				assertThat(meter.getId().getTag("kind")).isIn("preflight", "actual", "not-cors");
				assertThat(meter.getId().getTag("outcome")).isIn("allowed", "rejected", "none");
				assertThat(meter.getId().getTag("reason")).matches("[a-z-]+");
			}
		}

		private double total() {
			return this.meters.find(CorsRequestMetrics.METER).counters().stream().mapToDouble(Counter::count).sum();
		}

		@Test
		void reloadsUnderTrafficSwapWholeSetsAndNeverMixThem() throws Exception {
			Map<String, Object> overrides = new HashMap<>();
			this.environment.getPropertySources().addFirst(new MapPropertySource("runtime-overrides", overrides));
			ExecutorService clients = Executors.newFixedThreadPool(3);
			AtomicBoolean reloading = new AtomicBoolean(true);
			Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
			List<String> mixed = new ArrayList<>();
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					running.add(clients.submit(() -> {
						while (reloading.get()) {
							String a = classify(preflight("/api/items", A, "PUT"), A, "PUT", "100");
							String b = classify(preflight("/api/items", B, "DELETE"), B, "DELETE", "200");
							outcomes.computeIfAbsent("a " + a, (key) -> new AtomicInteger()).incrementAndGet();
							outcomes.computeIfAbsent("b " + b, (key) -> new AtomicInteger()).incrementAndGet();
							if (a.startsWith("mixed") || b.startsWith("mixed")) {
								synchronized (mixed) {
									mixed.add(a + " / " + b);
								}
							}
						}
						return null;
					}));
				}
				for (int i = 0; i < 150; i++) {
					if (i % 2 == 0) {
						overrides.put("cors.policies.api.allowed-origins", B);
						overrides.put("cors.policies.api.allowed-methods", "GET,DELETE");
						overrides.put("cors.policies.api.max-age", "200s");
					}
					else {
						overrides.clear();
					}
					this.registry.reload();
					Thread.sleep(5);
				}
				reloading.set(false);
				for (Future<?> client : running) {
					client.get(60, TimeUnit.SECONDS);
				}
			}
			finally {
				reloading.set(false);
				clients.shutdownNow();
				this.environment.getPropertySources().remove("runtime-overrides");
				this.registry.reload();
			}
			assertThat(mixed).as("responses mixing two sets of policies").isEmpty();
			assertThat(outcomes.keySet()).as("outcomes %s", outcomes).containsExactlyInAnyOrder("a allowed", "a rejected",
					"b allowed", "b rejected");
		}

		/**
		 * A preflight's response as one set of policies answers it: allowed with everything that
		 * set says, or rejected with no {@code Access-Control-*} header; anything else is a mix.
		 */
		private static String classify(RawHttp.Response response, String origin, String method, String maxAge) {
			if (response.status() == 403 && response.accessControlNames().isEmpty()) {
				return "rejected";
			}
			if (response.status() == 204 && response.values("Access-Control-Allow-Origin").equals(List.of(origin))
					&& response.values("Access-Control-Max-Age").equals(List.of(maxAge))
					&& response.values("Access-Control-Allow-Methods").equals(List.of("GET, " + method))) {
				return "allowed";
			}
			return "mixed: " + response.status() + " " + response.headerLines();
		}

	}

	@Nested
	@SpringBootTest(classes = RuntimeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=runtime",
					"management.endpoints.web.exposure.include=cors" })
	class Mvc extends Stack {

		@Autowired
		@Qualifier("requestMappingHandlerMapping")
		org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping;

		@Override
		void registerLateOrders(Object bean, Method method) {
			this.mapping.registerMapping(org.springframework.web.servlet.mvc.method.RequestMappingInfo.paths("/late/orders")
				.methods(RequestMethod.GET)
				.options(this.mapping.getBuilderConfiguration())
				.build(), bean, method);
		}

	}

	@Nested
	@SpringBootTest(classes = RuntimeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=runtime",
					"management.endpoints.web.exposure.include=cors" })
	class WebFlux extends Stack {

		@Autowired
		@Qualifier("requestMappingHandlerMapping")
		org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping mapping;

		@Override
		void registerLateOrders(Object bean, Method method) {
			this.mapping.registerMapping(org.springframework.web.reactive.result.method.RequestMappingInfo.paths("/late/orders")
				.methods(RequestMethod.GET)
				.build(), bean, method);
		}

	}

}
