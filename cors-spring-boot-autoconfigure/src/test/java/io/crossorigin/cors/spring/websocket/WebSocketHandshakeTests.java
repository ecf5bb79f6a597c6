package io.crossorigin.cors.spring.websocket;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossorigin.cors.spring.hostile.HostileRequests;
import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSocket handshakes over real sockets on Tomcat (Spring MVC: plain handlers, STOMP, SockJS's
 * websocket transport) and Netty (Spring WebFlux: a {@code SimpleUrlHandlerMapping}), decided by
 * the policy that covers the path: an allowed, same or missing origin upgrades (and a message is
 * echoed), every hostile origin gets 403, never an {@code Access-Control-*} header either way; a
 * policy without credentials refuses a cross-origin handshake carrying them; a path no policy
 * covers behaves as Spring alone would.
 */
class WebSocketHandshakeTests {

	static final String APP = HostileRequests.APP;

	/** Origins no policy here allows, each family of the hostile traffic, and the shapes only raw bytes send. */
	static Stream<String> refusedOriginLines() {
		List<String> lines = new ArrayList<>();
		for (String origin : HostileRequests.origins()) {
			lines.add("Origin: " + origin + "\r\n");
		}
		lines.add("Origin: https://APP.example.com\r\n");
		lines.add("Origin: https://app.example.com:8443\r\n");
		lines.add("Origin: https://app.example.com/\r\n");
		lines.add("Origin: " + APP + ", https://evil.example.org\r\n");
		lines.add("Origin: " + APP + "\r\nOrigin: " + APP + "\r\n");
		lines.add("Origin: https://evil.example.org\r\nOrigin: " + APP + "\r\n");
		return lines.stream();
	}

	abstract static class Target {

		@LocalServerPort
		int port;

		@Value("${spring.main.web-application-type}")
		String stack;

		@Autowired
		MeterRegistry meters;

		/** The endpoints under the {@code ws} policy, with the message that proves each one open. */
		abstract List<Endpoint> endpoints();

		abstract boolean servlet();

		@Test
		void theStackIsTheOneUnderTest() {
			assertThat(this.stack).isEqualTo(servlet() ? "servlet" : "reactive");
		}

		@Test
		void anAllowedExactOriginUpgradesWithoutAccessControlHeadersAndExchangesAMessage() throws IOException {
			for (Endpoint endpoint : endpoints()) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, endpoint.path(), "Origin: " + APP + "\r\n")) {
					assertThat(socket.status()).as("%s: %s", endpoint, socket.headerLines()).isEqualTo(101);
					assertThat(socket.accessControlNames()).as(endpoint.path()).isEmpty();
					endpoint.assertOpen(socket);
				}
			}
		}

		@Test
		void anOriginAllowedByAPatternUpgrades() throws IOException {
			for (Endpoint endpoint : endpoints()) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, endpoint.path(),
						"Origin: http://localhost:3000\r\n")) {
					assertThat(socket.status()).as("%s: %s", endpoint, socket.headerLines()).isEqualTo(101);
					assertThat(socket.accessControlNames()).isEmpty();
					endpoint.assertOpen(socket);
				}
			}
		}

		@Test
		void theRequestsOwnOriginUpgradesUnderAPolicyThatDoesNotListIt() throws IOException {
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/narrow/echo",
					"Origin: http://localhost:" + this.port + "\r\nCookie: SESSION=1\r\n")) {
				assertThat(socket.status()).as("%s", socket.headerLines()).isEqualTo(101);
				assertThat(socket.exchange("same")).isEqualTo(WebSocketApplication.ECHO_PREFIX + "same");
			}
		}

		@Test
		void aHandshakeWithoutOriginUpgrades() throws IOException {
			for (Endpoint endpoint : endpoints()) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, endpoint.path(), "")) {
					assertThat(socket.status()).as("%s: %s", endpoint, socket.headerLines()).isEqualTo(101);
					endpoint.assertOpen(socket);
				}
			}
		}

		static Stream<String> refused() {
			return refusedOriginLines();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("refused")
		void aHostileOriginGets403WithoutAccessControlHeaders(String originLines) throws IOException {
			for (Endpoint endpoint : endpoints()) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, endpoint.path(), originLines)) {
					assertThat(socket.status()).as("%s: %s", endpoint, socket.headerLines()).isEqualTo(403);
					assertThat(socket.accessControlNames()).as("%s: %s", endpoint, socket.headerLines()).isEmpty();
				}
			}
		}

		@Test
		void aPolicyWithoutCredentialsRefusesACrossOriginHandshakeCarryingThem() throws IOException {
			assertStatus("/public/echo", "Origin: https://evil.example.org\r\n", 101);
			assertStatus("/public/echo", "Origin: null\r\n", 101);
			assertStatus("/public/echo", "Origin: https://evil.example.org\r\nCookie: SESSION=1\r\n", 403);
			assertStatus("/public/echo", "Origin: https://evil.example.org\r\nAuthorization: Basic dXNlcjpwYXNz\r\n", 403);
			assertStatus("/narrow/echo", "Origin: " + APP + "\r\n", 101);
			assertStatus("/narrow/echo", "Origin: " + APP + "\r\nCookie: SESSION=1\r\n", 403);
			assertStatus("/ws/echo", "Origin: " + APP + "\r\nCookie: SESSION=1\r\n", 101);
		}

		@Test
		void handshakesAreMeteredAsTheirOwnKind() throws IOException {
			assertStatus("/narrow/echo", "Origin: https://evil.example.org\r\n", 403);
			assertThat(this.meters.find("cors.requests")
				.tags("policy", "narrow", "kind", "handshake", "outcome", "rejected", "reason", "origin-not-allowed")
				.counter()).isNotNull().satisfies((counter) -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
			assertStatus("/narrow/echo", "Origin: " + APP + "\r\n", 101);
			assertThat(this.meters.find("cors.requests")
				.tags("policy", "narrow", "kind", "handshake", "outcome", "allowed", "reason", "allowed")
				.counter()).isNotNull();
		}

		@Test
		void anOrdinaryRequestOnACoveredPathIsStillACorsRequest() throws IOException {
			RawWebSocket.HttpAnswer answer = RawWebSocket.get(this.port, "/ws/http", "Origin: " + APP + "\r\n");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.values("Access-Control-Allow-Origin")).containsExactly(APP);
		}

		void assertStatus(String path, String headerLines, int status) throws IOException {
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, path, headerLines)) {
				assertThat(socket.status()).as("%s %s: %s", path, headerLines, socket.headerLines()).isEqualTo(status);
				assertThat(socket.accessControlNames()).isEmpty();
			}
		}

	}

	/**
	 * A WebSocket endpoint and how to prove it open.
	 *
	 * @param path the handshake's path
	 * @param kind plain, STOMP or SockJS
	 */
	record Endpoint(String path, String kind) {

		void assertOpen(RawWebSocket socket) throws IOException {
			switch (this.kind) {
				case "plain" -> assertThat(socket.exchange("hello")).isEqualTo(WebSocketApplication.ECHO_PREFIX + "hello");
				case "stomp" -> assertThat(socket.exchange("CONNECT\naccept-version:1.2\nhost:localhost\n\n\u0000"))
					.startsWith("CONNECTED");
				case "sockjs" -> {
					assertThat(socket.receive()).isEqualTo("o");
					assertThat(socket.exchange("[\"hello\"]")).isEqualTo("a[\"" + WebSocketApplication.ECHO_PREFIX + "hello\"]");
				}
				default -> throw new IllegalArgumentException(this.kind);
			}
		}

		@Override
		public String toString() {
			return this.kind + " " + this.path;
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=websockets" })
	class Mvc extends Target {

		@Override
		List<Endpoint> endpoints() {
			return List.of(new Endpoint("/ws/echo", "plain"), new Endpoint("/ws/stomp", "stomp"),
					new Endpoint("/ws/sockjs/websocket", "plain"), new Endpoint("/ws/sockjs/000/session1/websocket", "sockjs"));
		}

		@Override
		boolean servlet() {
			return true;
		}

		@Test
		void sockJsHttpTransportsAreCorsRequestsThePolicyAnswersWithOneAllowOrigin() throws IOException {
			RawWebSocket.HttpAnswer info = RawWebSocket.get(this.port, "/ws/sockjs/info", "Origin: " + APP + "\r\n");
			assertThat(info.status()).as("%s", info.headerLines()).isEqualTo(200);
			assertThat(info.values("Access-Control-Allow-Origin")).containsExactly(APP);
			assertThat(info.values("Access-Control-Allow-Credentials")).containsExactly("true");
			RawWebSocket.HttpAnswer xhr = RawWebSocket.request(this.port, "POST", "/ws/sockjs/000/session9/xhr",
					"Origin: " + APP + "\r\n");
			assertThat(xhr.status()).as("%s", xhr.headerLines()).isEqualTo(200);
			assertThat(xhr.values("Access-Control-Allow-Origin")).containsExactly(APP);
			RawWebSocket.HttpAnswer preflight = RawWebSocket.request(this.port, "OPTIONS", "/ws/sockjs/info",
					"Origin: " + APP + "\r\nAccess-Control-Request-Method: GET\r\n");
			assertThat(preflight.status()).isEqualTo(204);
			assertThat(preflight.values("Access-Control-Allow-Origin")).containsExactly(APP);
		}

		@Test
		void sockJsHttpTransportsFromARefusedOriginGetNoAllowOriginAndSockJsOwnRefusal() throws IOException {
			RawWebSocket.HttpAnswer info = RawWebSocket.get(this.port, "/ws/sockjs/info",
					"Origin: https://evil.example.org\r\n");
			assertThat(info.status()).as("%s", info.headerLines()).isEqualTo(403);
			assertThat(info.values("Access-Control-Allow-Origin")).isEmpty();
		}

		@Test
		void aPathNoPolicyCoversKeepsSpringsOwnSameOriginCheck() throws IOException {
			assertStatus("/other/echo", "Origin: https://evil.example.org\r\n", 403);
			assertStatus("/other/echo", "Origin: " + APP + "\r\n", 403);
			assertStatus("/other/echo", "Origin: http://localhost:" + this.port + "\r\n", 101);
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=websockets" })
	class WebFlux extends Target {

		@Override
		List<Endpoint> endpoints() {
			return List.of(new Endpoint("/ws/echo", "plain"));
		}

		@Override
		boolean servlet() {
			return false;
		}

		@Test
		void aPathNoPolicyCoversUpgradesAsSpringAloneWould() throws IOException {
			assertStatus("/other/echo", "Origin: https://evil.example.org\r\n", 101);
		}

	}


	/**
	 * A {@code report-only} policy changes nothing: Spring's own origin check decides the handshake
	 * as without the starter (Spring MVC: same origin only; Spring WebFlux: none).
	 */
	abstract static class ReportOnly {

		@LocalServerPort
		int port;

		@Autowired
		MeterRegistry meters;

		abstract int statusForAnotherOrigin();

		@Test
		void springsOwnCheckDecidesACrossOriginHandshakeAsWithoutTheStarter() throws IOException {
			for (String origin : List.of(APP, "https://evil.example.org")) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo", "Origin: " + origin + "\r\n")) {
					assertThat(socket.status()).as("%s: %s", origin, socket.headerLines()).isEqualTo(statusForAnotherOrigin());
					assertThat(socket.accessControlNames()).isEmpty();
				}
			}
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=websockets",
					"cors.policies.ws.mode=report-only" })
	class MvcReportOnly extends ReportOnly {

		@Override
		int statusForAnotherOrigin() {
			return 403;
		}

		@Test
		void theAllowedOriginSpringRefusesCountsAsWouldAllow() throws IOException, InterruptedException {
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo", "Origin: " + APP + "\r\n")) {
				assertThat(socket.status()).isEqualTo(403);
			}
			// compared once the response is complete, which the client may see end first
			for (int i = 0; i < 100 && this.meters.find("cors.requests").tag("policy", "ws").tag("report", "would-allow")
				.counters().isEmpty(); i++) {
				Thread.sleep(50);
			}
			assertThat(this.meters.find("cors.requests").tag("policy", "ws").tag("kind", "handshake")
				.tag("report", "would-allow").counters()).isNotEmpty();
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=websockets",
					"cors.policies.ws.mode=report-only" })
	class WebFluxReportOnly extends ReportOnly {

		@Override
		int statusForAnotherOrigin() {
			return 101;
		}

		@Test
		void theRefusedOriginSpringUpgradesCountsAsWouldRefuse() throws IOException, InterruptedException {
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo",
					"Origin: https://evil.example.org\r\n")) {
				assertThat(socket.status()).isEqualTo(101);
			}
			// compared once the response is complete, which the client may see end first
			for (int i = 0; i < 100 && this.meters.find("cors.requests").tag("policy", "ws").tag("report", "would-refuse")
				.counters().isEmpty(); i++) {
				Thread.sleep(50);
			}
			assertThat(this.meters.find("cors.requests").tag("policy", "ws").tag("kind", "handshake")
				.tag("report", "would-refuse").counters()).isNotEmpty();
		}

	}

	/**
	 * Behind Spring Security's defaults (HTTP Basic and a login form, every path authenticated): the
	 * policy refuses a hostile handshake with 403 before Security runs, whether or not it carries a
	 * valid user or an authenticated session's cookie; an allowed one then meets Security as any
	 * request does.
	 */
	abstract static class Secured {

		static final String USER = "Authorization: Basic dXNlcjpzZWNyZXQ=\r\n";

		/**
		 * How long the client waits after the 101 before its first frame. Spring WebFlux behind
		 * Spring Security loses a frame sent at once on a few connections in a hundred, with this
		 * starter disabled too ({@code cors.enabled=false}: 11 of 300; 11 of 200 with it, 0 of 200
		 * after a 100 ms wait), a race in the upgrade rather than a CORS matter.
		 */
		abstract long millisBeforeTheFirstFrame();

		@LocalServerPort
		int port;

		@Test
		void aRefusedOriginGets403WithOrWithoutAValidUser() throws IOException {
			for (String credentials : List.of(USER, "", "Cookie: JSESSIONID=0123456789ABCDEF\r\n")) {
				try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo",
						"Origin: https://evil.example.org\r\n" + credentials)) {
					assertThat(socket.status()).as("%s: %s", credentials, socket.headerLines()).isEqualTo(403);
					assertThat(socket.accessControlNames()).isEmpty();
				}
			}
		}

		@Test
		void anAllowedOriginWithAValidUserUpgradesAndWithoutOneMeetsSecurity() throws IOException, InterruptedException {
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo", "Origin: " + APP + "\r\n" + USER)) {
				assertThat(socket.status()).as("%s", socket.headerLines()).isEqualTo(101);
				assertThat(socket.accessControlNames()).isEmpty();
				Thread.sleep(millisBeforeTheFirstFrame());
				assertThat(socket.exchange("secured")).isEqualTo(WebSocketApplication.ECHO_PREFIX + "secured");
			}
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo", "Origin: " + APP + "\r\n")) {
				assertThat(socket.status()).as("%s", socket.headerLines()).isEqualTo(401);
			}
		}

		@Test
		void aSessionLoggedInThroughTheLoginFormOpensTheSocketFromAnAllowedOriginOnly() throws Exception {
			String session = logIn();
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo",
					"Origin: https://evil.example.org\r\nCookie: " + session + "\r\n")) {
				assertThat(socket.status()).as("%s", socket.headerLines()).isEqualTo(403);
				assertThat(socket.accessControlNames()).isEmpty();
			}
			try (RawWebSocket socket = RawWebSocket.handshake(this.port, "/ws/echo",
					"Origin: " + APP + "\r\nCookie: " + session + "\r\n")) {
				assertThat(socket.status()).as("the session is authenticated: %s", socket.headerLines()).isEqualTo(101);
				assertThat(socket.accessControlNames()).isEmpty();
				Thread.sleep(millisBeforeTheFirstFrame());
				assertThat(socket.exchange("by session")).isEqualTo(WebSocketApplication.ECHO_PREFIX + "by session");
			}
		}

		/**
		 * Logs in through Spring Security's default login form (its CSRF token included), as a
		 * browser does.
		 * @return the authenticated session's cookie, {@code name=value}
		 */
		private String logIn() throws IOException, InterruptedException {
			CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
			HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
			URI login = URI.create("http://localhost:" + this.port + "/login");
			String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page);
			assertThat(csrf.find()).as("the login page's CSRF token in %s", page).isTrue();
			String form = "username=user&password=secret&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<Void> loggedIn = client.send(HttpRequest.newBuilder(login)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(loggedIn.statusCode()).isEqualTo(302);
			assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
			HttpCookie session = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION"))
				.findFirst()
				.orElseThrow();
			return session.getName() + "=" + session.getValue();
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=websockets-secured" })
	class MvcSecured extends Secured {

		@Override
		long millisBeforeTheFirstFrame() {
			return 0;
		}

	}

	@Nested
	@SpringBootTest(classes = WebSocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=websockets-secured" })
	class WebFluxSecured extends Secured {

		@Override
		long millisBeforeTheFirstFrame() {
			return 250;
		}

	}

}
