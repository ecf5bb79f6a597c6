package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Firefox driven over WebDriver BiDi: a missing Firefox skips with instructions (fails under
 * {@code CI=true}); an installed one, from a page on {@code localhost}, reads what a server allows
 * it to read cross-origin and nothing else.
 */
class FirefoxBrowserTests {

	@Test
	void missingFirefoxSkipsTheBrowserTestsWithInstructionsOnADeveloperMachine() {
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> FirefoxBrowser.requireInstalled(false, null))
			.withMessageContaining("apt-get install -y firefox-esr");
	}

	@Test
	void missingFirefoxFailsTheBrowserTestsUnderCi() {
		assertThatExceptionOfType(AssertionFailedError.class).isThrownBy(() -> FirefoxBrowser.requireInstalled(false, "true"))
			.withMessageContaining("CI must run the browser tests");
	}

	@Test
	void installedFirefoxRunsTheBrowserTests() {
		assertThatCode(() -> FirefoxBrowser.requireInstalled(true, "true")).doesNotThrowAnyException();
	}

	@Test
	void firefoxLetsThePageReadOnlyWhatTheServerAllows() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> answer(exchange, Map.of(), "<!doctype html><title>page</title>"));
		server.createContext("/allowed", (exchange) -> answer(exchange, Map.of("Access-Control-Allow-Origin",
				"http://localhost:" + server.getAddress().getPort(), "Access-Control-Expose-Headers", "X-Total-Count",
				"X-Total-Count", "2", "X-Hidden", "1"), "orders"));
		server.createContext("/refused", (exchange) -> answer(exchange, Map.of(), "secret"));
		server.start();
		int port = server.getAddress().getPort();
		try (Browser firefox = FirefoxBrowser.start()) {
			assertThat(firefox.engine()).isEqualTo("Firefox");
			firefox.open("http://localhost:" + port + "/");
			assertThat(firefox.execute("return location.origin;")).isEqualTo("http://localhost:" + port);
			Browser.FetchResult allowed = firefox.fetch("http://127.0.0.1:" + port + "/allowed",
					Browser.init("GET", Map.of(), "omit", null));
			assertThat(allowed.readable()).as("%s", allowed).isTrue();
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.body()).isEqualTo("orders");
			assertThat(allowed.headers()).containsKey("x-total-count").doesNotContainKey("x-hidden");
			Browser.FetchResult refused = firefox.fetch("http://127.0.0.1:" + port + "/refused",
					Browser.init("GET", Map.of(), "omit", null));
			assertThat(refused.readable()).as("%s", refused).isFalse();
			assertThat(refused.error()).startsWith("TypeError");
		}
		finally {
			server.stop(0);
		}
	}

	private static void answer(HttpExchange exchange, Map<String, String> headers, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html" : "text/plain");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Test
	void eachPageOriginStartsWarmSoTheSecondFetchIsAnsweredFromThePreflightCache() throws IOException {
		AtomicInteger preflights = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> answer(exchange, Map.of(), "<!doctype html><title>page</title>"));
		server.createContext("/cached", (exchange) -> {
			String origin = exchange.getRequestHeaders().getFirst("Origin");
			if ("OPTIONS".equals(exchange.getRequestMethod())) {
				preflights.incrementAndGet();
				answer(exchange, Map.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods", "PUT",
						"Access-Control-Max-Age", "600"), "");
				return;
			}
			answer(exchange, Map.of("Access-Control-Allow-Origin", origin), "ok");
		});
		server.start();
		int port = server.getAddress().getPort();
		try (Browser firefox = FirefoxBrowser.start()) {
			for (String page : List.of("http://localhost:" + port + "/", "http://app.test:" + port + "/")) {
				firefox.open(page);
				int before = preflights.get();
				for (int i = 0; i < 2; i++) {
					assertThat(firefox.fetch("http://127.0.0.1:" + port + "/cached", Browser.init("PUT", Map.of(), "omit", null))
						.readable()).isTrue();
				}
				assertThat(preflights.get() - before).as("preflights from %s", page).isEqualTo(1);
			}
		}
		finally {
			server.stop(0);
		}
	}

}
