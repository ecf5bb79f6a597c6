package io.crossorigin.cors.spring.runtime;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

import io.crossorigin.cors.spring.CorsPolicyRegistry;
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
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=runtime" })
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
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=runtime" })
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
