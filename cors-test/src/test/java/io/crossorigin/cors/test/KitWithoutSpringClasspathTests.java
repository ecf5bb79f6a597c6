package io.crossorigin.cors.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.crossorigin.cors.browser.BrowserProfile;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The kit in a project without Spring: only {@code cors-core}, AssertJ and JUnit on the class
 * path (the build runs this class in an execution of its own that leaves every Spring artifact
 * out), testing any server over HTTP.
 */
class KitWithoutSpringClasspathTests {

	private static final String APP = "https://app.example.com";

	private HttpServer server;

	private URI baseUrl;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			try (exchange) {
				String origin = exchange.getRequestHeaders().getFirst("Origin");
				if (APP.equals(origin)) {
					exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
					exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, PUT");
					exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "*");
				}
				exchange.getResponseHeaders().set("Vary", "Origin");
				exchange.sendResponseHeaders(exchange.getRequestMethod().equals("OPTIONS") ? 204 : 200, -1);
			}
		});
		this.server.start();
		this.baseUrl = URI.create("http://localhost:" + this.server.getAddress().getPort());
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void springIsNotOnTheClassPath() {
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.springframework.test.web.servlet.MockMvc"));
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"));
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("io.crossorigin.cors.spring.AppliedCorsPolicy"));
	}

	@Test
	void judgesAServerOverHttp() {
		assertThatBrowserAt(APP).fetching(put("/orders/7").header("X-Request-Id", "7"))
			.against(this.baseUrl)
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(200);
		assertThatBrowserAt("https://evil.example.org").fetching(get("/orders")).against(this.baseUrl).isBlocked();
	}

	@Test
	void failureMessagesNeedNoStarter() {
		PendingFetch withAuthorization = assertThatBrowserAt(APP).fetching(get("/orders").header("Authorization", "Bearer t"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> withAuthorization.against(this.baseUrl).isAllowed())
			.withMessageContaining("'*' never covers Authorization");
		assertThatNoException().isThrownBy(() -> assertThatBrowserAt(APP).judgingAs(BrowserProfile.CHROMIUM)
			.fetching(get("/orders").header("Authorization", "Bearer t"))
			.against(this.baseUrl)
			.isAllowed());
	}

	@Test
	void judgesAWebSocketHandshakeOverHttp() {
		// this server upgrades nothing: a handshake answered 200 does not open
		assertThatBrowserAt(APP).openingWebSocket("/ws/chat").against(this.baseUrl).isRefused();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatBrowserAt(APP).openingWebSocket("/ws/chat").against(this.baseUrl).isAllowed())
			.withMessageContaining("-> 200");
	}

}
