package io.crossorigin.cors.test;

import java.net.URI;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code openingWebSocket}: real handshakes against the application on Tomcat and on Netty, the
 * same through {@code MockMvc}, and what each failure says.
 */
class WebSocketAssertionsTests {

	@Nested
	@SpringBootTest(classes = { KitApplication.class, KitWebSocketEndpoints.Servlet.class },
			webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=kit" })
	class Tomcat extends Contract {

	}

	@Nested
	@SpringBootTest(classes = { KitApplication.class, KitWebSocketEndpoints.Reactive.class },
			webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=kit" })
	class Netty extends Contract {

	}

	/**
	 * Through {@code MockMvc}: the handshake meets every filter and check, and a mock request then
	 * cannot upgrade, so going on to the upgrade counts as opening.
	 */
	@Nested
	@SpringBootTest(classes = { KitApplication.class, KitWebSocketEndpoints.Servlet.class },
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=kit" })
	@AutoConfigureMockMvc
	class ThroughMockMvc {

		@Autowired
		MockMvc mockMvc;

		@Test
		void anAllowedOriginGoesOnToTheUpgrade() {
			assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat").against(this.mockMvc).isAllowed();
		}

		@Test
		void anotherOriginIsRefused() {
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/chat").against(this.mockMvc)
				.isRefused();
		}

		@Test
		void cookiesFromAnAllowedOriginUnderAPolicyWithoutCredentialsAreRefused() {
			assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat").withCookies().against(this.mockMvc)
				.isRefused();
		}

		@Test
		void onAPathNoPolicyCoversSpringsOwnOriginCheckDecides() {
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/other/chat").against(this.mockMvc)
				.isRefused();
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/other/open").against(this.mockMvc)
				.isAllowed();
		}

		@Test
		void aPathWithoutAWebSocketEndpointDoesNotOpenEvenWhereThePolicyAllowsTheOrigin() {
			assertThatBrowserAt(KitApplication.APP).openingWebSocket("/api/orders").against(this.mockMvc).isRefused();
		}

		@Test
		void isAllowedOnARefusedHandshakeGivesTheStatusAndTheStartersAccount() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/chat")
					.against(this.mockMvc)
					.isAllowed())
				.satisfies((error) -> assertThat(error.getMessage()).contains("-> 403")
					.contains("the server: policy 'chat' HANDSHAKE_REFUSED: the origin is not allowed ('https://evil.example.org')")
					.contains("Fix: add the origin to the allowed-origins of the policy that covers the path"));
		}

		@Test
		void isRefusedOnAnAllowedHandshakeSaysItWentOnToTheUpgrade() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat")
					.against(this.mockMvc)
					.isRefused())
				.satisfies((error) -> assertThat(error.getMessage())
					.contains("-> went on to the upgrade (which MockMvc cannot make)")
					.contains("the server: policy 'chat' HANDSHAKE_ALLOWED"));
		}

	}

	abstract static class Contract {

		@LocalServerPort
		int port;

		URI server() {
			return URI.create("http://localhost:" + this.port);
		}

		@Test
		void anAllowedOriginOpens() {
			assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat").against(server()).isAllowed();
		}

		@Test
		void anotherOriginIsRefused() {
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/chat").against(server()).isRefused();
		}

		@Test
		void cookiesFromAnAllowedOriginUnderAPolicyWithoutCredentialsAreRefused() {
			assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat").withCookies().against(server())
				.isRefused();
		}

		@Test
		void isAllowedOnARefusedHandshakeSaysWhatTheServerAnsweredAndTheFix() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/chat")
					.against(server())
					.isAllowed())
				.satisfies((error) -> assertThat(error.getMessage())
					.contains("new WebSocket(\"/ws/chat\") from a page at https://evil.example.org")
					.contains("-> 403")
					.contains("Fix: add the origin to the allowed-origins of the policy that covers the path"));
		}

		@Test
		void isRefusedOnAnOpenedHandshakeSaysSo() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat")
					.against(server())
					.isRefused())
				.withMessageContaining("but the server upgraded it")
				.withMessageContaining("-> 101");
		}

		@Test
		void theCookieSentIsTheKitsOwnAndTheFailureNamesCredentials() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatBrowserAt(KitApplication.APP).openingWebSocket("/ws/chat")
					.withCookies()
					.against(server())
					.isAllowed())
				.withMessageContaining("allow-credentials: true")
				.withMessageContaining("Cookie]");
		}

	}

	@Test
	void aCookieTheServerSetsIsNeverPrinted() {
		WebSocketVerdict verdict = new WebSocketVerdict(KitApplication.APP, "/ws/chat", false, 403,
				java.util.List.of("Set-Cookie: SESSION=s3cr3t; Path=/; HttpOnly", "Content-Length: 0"), false, null);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> new WebSocketVerdictAssert(verdict).isAllowed())
			.satisfies((error) -> assertThat(error.getMessage()).contains("Set-Cookie: SESSION=(hidden)", "Content-Length: 0")
				.doesNotContain("s3cr3t"));
	}

	@Test
	void aPathMustStartWithASlash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assertThatBrowserAt(KitApplication.APP).openingWebSocket("ws/chat"))
			.withMessageContaining("must start with '/'");
	}

}
