package io.crossorigin.cors.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * One HTTP/1.1 request to a real Spring WebFlux application on Reactor Netty, over a kept-alive
 * loopback connection, where {@link WebFluxPathBenchmark}'s mock exchange hid the starter's own
 * cost in its noise. Each trial starts, in this JVM, the application of its {@code side} on an
 * ephemeral port: the same minimal application (Spring Boot's auto-configuration of WebFlux on
 * Reactor Netty and nothing else: no Spring Security, no Actuator; one controller, GET and PUT
 * {@code /api/orders}) with
 * <ul>
 * <li>{@code none}: no CORS at all ({@code cors.enabled=false}), the baseline;</li>
 * <li>{@code spring}: {@code cors.enabled=false} and Spring's {@link CorsWebFilter}, whose
 * {@link UrlBasedCorsConfigurationSource} gives {@code /api/**} the policy below;</li>
 * <li>{@code starter}: this starter, configured by {@code cors.*} properties alone and wired by
 * its own auto-configuration (none of its classes is named here, so this benchmark compiles
 * whatever their constructors become).</li>
 * </ul>
 * The policy: origins {@code http://localhost:3000} (exact) and {@code https://*.example.com},
 * methods GET, POST, PUT, DELETE, request headers Content-Type and X-Request-Id, credentials,
 * max-age 30 minutes. The {@code request}: an allowed actual GET from
 * {@code https://app.example.com} (by the pattern), an accepted preflight from
 * {@code http://localhost:3000} for PUT with {@code content-type,x-request-id}, or a GET from
 * {@code https://evil.example.org}. The set-up sends every kind once and fails unless the side
 * answers as it should; a side's own cost is its score less {@code none}'s.
 *
 * <p>The client ({@link LoopbackHttpClient}) writes prepared bytes and reads the response into a
 * reused buffer, allocating nothing per request. The server runs in this JVM, so under
 * {@code -prof gc} {@code gc.alloc.rate.norm} counts the server's bytes per request too (Reactor
 * Netty's, Spring's and the CORS side's, on the event loop threads): that is the point. The time
 * includes two trips through the loopback stack and the thread hand-offs between the benchmark
 * thread and the event loop; on a machine with few cores, the benchmark thread and the event loop
 * compete for them. Run it with one benchmark thread (the default): the connection is shared
 * state, and the set-up refuses more.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WebFluxServerBenchmark {

	/** Which application: no CORS, Spring's {@code CorsWebFilter}, or this starter. */
	@Param({ "none", "spring", "starter" })
	public String side;

	/** Which request: an allowed actual GET, an accepted preflight, or a GET from a disallowed origin. */
	@Param({ "actual", "preflight", "disallowed" })
	public String request;

	static final String ALLOWED_ORIGIN = "https://app.example.com";

	static final String PREFLIGHT_ORIGIN = "http://localhost:3000";

	static final String DISALLOWED_ORIGIN = "https://evil.example.org";

	static final String BODY = "{\"orders\":[]}";

	/**
	 * Spring Boot's auto-configurations that the applications keep; every other one on the class
	 * path is excluded, except this starter's own (whatever its imports file lists).
	 */
	private static final Set<String> SPRING_BOOT_AUTO_CONFIGURATIONS = Set.of(
			"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
			"org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration",
			"org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration",
			"org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration",
			"org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration");

	private static final String STARTER_PACKAGE = "io.crossorigin.";

	private ConfigurableApplicationContext application;

	private LoopbackHttpClient client;

	private byte[] requestBytes;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws IOException {
		if (params.getThreads() != 1) {
			throw new IllegalStateException("One benchmark thread only: the threads would share one connection");
		}
		this.application = start(this.side);
		int port = ((WebServerApplicationContext) this.application).getWebServer().getPort();
		this.client = new LoopbackHttpClient(port);
		for (String kind : List.of("actual", "preflight", "disallowed", this.request)) {
			check(this.side, kind, this.client.exchange(request(kind, port)), this.client);
		}
		this.requestBytes = request(this.request, port);
	}

	@Benchmark
	public int exchange() throws IOException {
		return this.client.exchange(this.requestBytes);
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		try {
			if (this.client != null) {
				this.client.close();
			}
		}
		finally {
			if (this.application != null) {
				this.application.close();
			}
		}
	}

	static ConfigurableApplicationContext start(String side) {
		List<String> args = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
				"--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
				"--spring.main.register-shutdown-hook=false", "--logging.level.root=warn",
				// closing waits 2 s for Reactor Netty's event loops to be quiet by default
				"--spring.reactor.netty.shutdown-quiet-period=0s",
				"--spring.autoconfigure.exclude=" + String.join(",", excludedAutoConfigurations())));
		List<Class<?>> sources = new ArrayList<>(List.of(OrdersApplication.class));
		switch (side) {
			case "none" -> args.add("--cors.enabled=false");
			case "spring" -> {
				args.add("--cors.enabled=false");
				sources.add(SpringCorsConfiguration.class);
			}
			case "starter" -> args.addAll(List.of("--cors.policies.api.path-patterns=/api/**",
					"--cors.policies.api.allowed-origins=" + PREFLIGHT_ORIGIN + ",https://*.example.com",
					"--cors.policies.api.allowed-methods=GET,POST,PUT,DELETE",
					"--cors.policies.api.allowed-headers=Content-Type,X-Request-Id",
					"--cors.policies.api.allow-credentials=true", "--cors.policies.api.max-age=30m"));
			default -> throw new IllegalArgumentException(side);
		}
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.REACTIVE)
			.run(args.toArray(String[]::new));
	}

	private static List<String> excludedAutoConfigurations() {
		List<String> excluded = new ArrayList<>();
		for (String candidate : ImportCandidates
			.load(AutoConfiguration.class, WebFluxServerBenchmark.class.getClassLoader())) {
			if (!SPRING_BOOT_AUTO_CONFIGURATIONS.contains(candidate) && !candidate.startsWith(STARTER_PACKAGE)) {
				excluded.add(candidate);
			}
		}
		return excluded;
	}

	static byte[] request(String kind, int port) {
		String host = "Host: 127.0.0.1:" + port + "\r\n";
		String request = switch (kind) {
			case "actual" -> "GET /api/orders HTTP/1.1\r\n" + host + "Origin: " + ALLOWED_ORIGIN + "\r\n"
					+ "Accept: */*\r\n\r\n";
			case "preflight" -> "OPTIONS /api/orders HTTP/1.1\r\n" + host + "Origin: " + PREFLIGHT_ORIGIN + "\r\n"
					+ "Access-Control-Request-Method: PUT\r\n"
					+ "Access-Control-Request-Headers: content-type,x-request-id\r\nAccept: */*\r\n\r\n";
			case "disallowed" -> "GET /api/orders HTTP/1.1\r\n" + host + "Origin: " + DISALLOWED_ORIGIN + "\r\n"
					+ "Accept: */*\r\n\r\n";
			default -> throw new IllegalArgumentException(kind);
		};
		return LoopbackHttpClient.ascii(request);
	}

	/** Fails unless {@code side} answered the request {@code kind} as it should. */
	static void check(String side, String kind, int status, LoopbackHttpClient client) {
		boolean cors = !side.equals("none");
		String allowOrigin = client.header("Access-Control-Allow-Origin");
		boolean ok = switch (kind) {
			case "actual" -> status == 200 && client.body().equals(BODY)
					&& (cors ? ALLOWED_ORIGIN.equals(allowOrigin)
							&& "true".equals(client.header("Access-Control-Allow-Credentials")) : allowOrigin == null);
			case "preflight" -> (status == 200 || status == 204) && (cors ? PREFLIGHT_ORIGIN.equals(allowOrigin)
					&& contains(client.header("Access-Control-Allow-Methods"), "PUT")
					&& contains(client.header("Access-Control-Allow-Headers"), "x-request-id")
					&& "1800".equals(client.header("Access-Control-Max-Age")) : allowOrigin == null);
			// Spring refuses with a 403; this starter passes the request on without CORS headers
			case "disallowed" -> (status == 200 || status == 403) && allowOrigin == null;
			default -> throw new IllegalArgumentException(kind);
		};
		if (!ok) {
			throw new IllegalStateException(
					"Side '" + side + "' answered the " + kind + " request unexpectedly:\n" + client.response());
		}
	}

	private static boolean contains(String list, String token) {
		return list != null && list.toLowerCase(Locale.ROOT).contains(token.toLowerCase(Locale.ROOT));
	}

	/** The application of every side: WebFlux on Reactor Netty, one controller. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(OrdersController.class)
	static class OrdersApplication {

	}

	@RestController
	static class OrdersController {

		@GetMapping("/api/orders")
		String orders() {
			return BODY;
		}

		@PutMapping("/api/orders")
		String replace() {
			return BODY;
		}

	}

	/** Spring's own CORS processing of {@code /api/**}, with the starter side's policy. */
	@Configuration(proxyBeanMethods = false)
	static class SpringCorsConfiguration {

		@Bean
		CorsWebFilter corsWebFilter() {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOriginPatterns(List.of(PREFLIGHT_ORIGIN, "https://*.example.com"));
			configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
			configuration.setAllowedHeaders(List.of("Content-Type", "X-Request-Id"));
			configuration.setAllowCredentials(true);
			configuration.setMaxAge(1800L);
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/api/**", configuration);
			return new CorsWebFilter(source);
		}

	}

}
