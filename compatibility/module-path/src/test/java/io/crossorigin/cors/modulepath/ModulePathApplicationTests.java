package io.crossorigin.cors.modulepath;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.crossorigin.cors.spring.CorsPolicyRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on Tomcat, judged over real HTTP by the kit as a browser would judge it: the
 * same tests run on the module path and on the class path (one surefire execution each).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModulePathApplicationTests {

	private static final String ALLOWED = "https://app.example.com";

	@LocalServerPort
	int port;

	private URI server() {
		return URI.create("http://localhost:" + this.port);
	}

	@Test
	void aBrowserAtTheAllowedOriginReadsTheGreetingWithoutAPreflight() {
		assertThatBrowserAt(ALLOWED).fetching(get("/api/greeting"))
			.against(server())
			.sendsNoPreflight()
			.isAllowed()
			.canReadStatus(200);
	}

	@Test
	void aBrowserAtTheAllowedOriginPassesThePreflightForACustomHeader() {
		assertThatBrowserAt(ALLOWED).fetching(get("/api/greeting").header("X-Request-Id", "7"))
			.against(server())
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(200);
	}

	@Test
	void aBrowserAtAnotherOriginIsBlocked() {
		assertThatBrowserAt("https://evil.example.org").fetching(get("/api/greeting"))
			.against(server())
			.isBlocked();
		assertThatBrowserAt("https://evil.example.org").fetching(get("/api/greeting").header("X-Request-Id", "7"))
			.against(server())
			.sendsPreflight()
			.isBlocked();
	}

	@Test
	void aPreflightToACoveredPathThatNoControllerMapsIsAnswered204() throws IOException {
		// over a socket: the JDK's HttpURLConnection drops Origin and Access-Control-Request-*, and
		// java.net.http is not a module this application reads
		String answer = exchange("OPTIONS /api/unmapped HTTP/1.1\r\nHost: localhost\r\nOrigin: " + ALLOWED
				+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: x-request-id\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 204")
			.containsIgnoringCase("\r\nAccess-Control-Allow-Origin: " + ALLOWED + "\r\n")
			.containsIgnoringCase("\r\nAccess-Control-Allow-Methods: GET, PUT\r\n");

		assertThatBrowserAt(ALLOWED).fetching(put("/api/unmapped").header("X-Request-Id", "7"))
			.against(server())
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(404);
	}

	@Test
	void everyConfiguredPolicyHoldsInABrowser(@Autowired CorsPolicyRegistry policies) {
		assertThat(policies.policies()).containsOnlyKeys("api");
		assertThatPoliciesOf(policies).against(server());
	}

	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
