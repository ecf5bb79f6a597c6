package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator of a sample sees, over HTTP: the {@code cors} actuator endpoint (behind the
 * admin user, as the samples secure {@code /actuator/**}) and the {@code cors.requests} metric.
 */
public abstract class SampleOperationsTests {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:cors-sample".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String pathAndQuery, String authorization, String origin)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		// a client per request: a connection per request (see docs/reliability.md on Reactor Netty)
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theCorsEndpointListsThePoliciesToTheAdminOnly() throws Exception {
		assertThat(get("/actuator/cors", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> response = get("/actuator/cors", ADMIN, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.policies[*].name", List.class)).containsExactly("orders", "admin", "partners", "live");
		assertThat(json.read("$.policies[0].source", String.class)).startsWith("cors.policies.orders (")
			.contains("application.yml");
	}

	@Test
	void theCorsEndpointExplainsAPreflightedRequest() throws Exception {
		HttpResponse<String> response = get("/actuator/cors/explain?method=PUT&path=/api/orders/1"
				+ "&origin=https://app.example.com&headers=Content-Type:%20application/json&credentials=true", ADMIN, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.policy", String.class)).isEqualTo("orders");
		assertThat(json.read("$.preflight.decision", String.class)).isEqualTo("PREFLIGHT_ACCEPTED");
		assertThat(json.read("$.actual.decision", String.class)).isEqualTo("ACTUAL_ALLOWED");
		assertThat(json.read("$.browser.readable", Boolean.class)).isTrue();
	}

	@Test
	void theCorsEndpointExplainsAWebSocketHandshakeByWhetherItOpens() throws Exception {
		HttpResponse<String> refused = get("/actuator/cors/explain?method=GET&path=/ws/orders"
				+ "&origin=https://evil.example.org&websocket=true", ADMIN, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(refused.body());
		assertThat(json.read("$.policy", String.class)).isEqualTo("live");
		assertThat(json.read("$.actual.decision", String.class)).isEqualTo("HANDSHAKE_REFUSED");
		assertThat(json.read("$.actual.status", Integer.class)).isEqualTo(403);
		assertThat(json.read("$.websocket.opens", Boolean.class)).isFalse();
		assertThat(json.read("$.websocket.because", String.class))
			.isEqualTo("upgrade refused with 403: the origin is not allowed: 'https://evil.example.org'");

		HttpResponse<String> allowed = get("/actuator/cors/explain?method=GET&path=/ws/orders"
				+ "&origin=https://app.example.com&websocket=true&credentials=true", ADMIN, null);
		json = JsonPath.parse(allowed.body());
		assertThat(json.read("$.actual.decision", String.class)).isEqualTo("HANDSHAKE_ALLOWED");
		assertThat(json.read("$.actual", Map.class)).as("the endpoint's to answer, not the starter's")
			.doesNotContainKey("status");
		assertThat(json.read("$.actual.statusNote", String.class)).startsWith("the handshake goes on to the endpoint");
		assertThat(json.read("$.actual.responseHeaders", Map.class)).as("no Access-Control-* on a 101").isEmpty();
		assertThat(json.read("$.websocket.opens", Boolean.class)).isTrue();
	}

	@Test
	void handshakesAreCountedAsTheirOwnKind() throws Exception {
		// a handshake over a raw socket: the JDK's HttpClient does not send Upgrade
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET /ws/orders HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: https://evil.example.org\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			String statusLine = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
			assertThat(statusLine).startsWith("HTTP/1.1 403");
		}
		HttpResponse<String> refused = get("/actuator/metrics/cors.requests?tag=policy:live&tag=kind:handshake"
				+ "&tag=outcome:rejected", ADMIN, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
		assertThat(JsonPath.parse(refused.body()).read("$.measurements[0].value", Double.class)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void corsRequestsAreCountedByPolicyAndOutcome() throws Exception {
		assertThat(get("/api/orders", null, "https://app.example.com").statusCode()).isEqualTo(200);
		assertThat(get("/api/orders", null, "https://evil.example.org").statusCode()).isEqualTo(200);
		String metric = "/actuator/metrics/cors.requests?tag=policy:orders&tag=kind:actual";
		HttpResponse<String> allowed = get(metric + "&tag=outcome:allowed", ADMIN, null);
		assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
		assertThat(JsonPath.parse(allowed.body()).read("$.measurements[0].value", Double.class)).isGreaterThanOrEqualTo(1);
		HttpResponse<String> denied = get(metric + "&tag=outcome:rejected&tag=reason:origin-not-allowed", ADMIN, null);
		assertThat(JsonPath.parse(denied.body()).read("$.measurements[0].value", Double.class)).isGreaterThanOrEqualTo(1);
	}

}
