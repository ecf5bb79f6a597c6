package io.crossorigin.cors.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

import org.springframework.test.web.servlet.MockMvc;

/**
 * A page's {@code new WebSocket(url)} waiting for the server to run against. Browsers apply no CORS
 * to WebSocket: they send the page's {@code Origin} (and the cookies they hold for the server) with
 * the handshake and open the socket whenever the server upgrades. So the verdict is the server's
 * answer to that handshake: over a real connection against a running server, or through
 * {@code MockMvc}, which carries the handshake through every check to the upgrade but cannot make it.
 */
public final class PendingWebSocket {

	private final String origin;

	private final String path;

	private final boolean cookies;

	PendingWebSocket(String origin, String path, boolean cookies) {
		this.origin = origin;
		this.path = path;
		this.cookies = cookies;
	}

	/**
	 * The browser holds cookies for the server and sends them with the handshake, as it does
	 * whatever the page's origin: a policy without credentials then refuses a cross-origin handshake.
	 * @return the same handshake, with a cookie
	 */
	public PendingWebSocket withCookies() {
		return new PendingWebSocket(this.origin, this.path, true);
	}

	/**
	 * Sends the handshake through a {@link MockMvc} built with the application's filters (as
	 * {@code @AutoConfigureMockMvc} does). A mock request cannot upgrade, so the socket counts as
	 * opening when the handshake passes every check (the starter's policy, Spring Security, Spring's
	 * own origin check where no policy covers the path) and goes on to the upgrade; a refusal is the
	 * status the application answered. {@code WebTestClient} offers no such view of the server, so
	 * test a WebFlux application's handshakes {@link #against(URI) against a running server}.
	 * @param mockMvc the application
	 * @return assertions on whether the socket opens
	 */
	public WebSocketVerdictAssert against(MockMvc mockMvc) {
		Objects.requireNonNull(mockMvc, "mockMvc");
		return new WebSocketVerdictAssert(MockMvcHandshake.perform(mockMvc, this.origin, this.path, this.cookies));
	}

	/**
	 * Sends the handshake to a running server.
	 * @param baseUrl the server's base URL, such as {@code http://localhost:8080} ({@code https} for TLS)
	 * @return assertions on whether the socket opens
	 */
	public WebSocketVerdictAssert against(URI baseUrl) {
		Objects.requireNonNull(baseUrl, "baseUrl");
		return new WebSocketVerdictAssert(handshake(baseUrl));
	}

	private WebSocketVerdict handshake(URI baseUrl) {
		boolean tls = "https".equalsIgnoreCase(baseUrl.getScheme()) || "wss".equalsIgnoreCase(baseUrl.getScheme());
		String host = Objects.requireNonNull(baseUrl.getHost(), () -> baseUrl + " names no host");
		int port = (baseUrl.getPort() >= 0) ? baseUrl.getPort() : tls ? 443 : 80;
		String target = baseUrl.getRawPath().replaceAll("/$", "") + this.path;
		List<String> sent = new ArrayList<>(List.of("GET " + target + " HTTP/1.1",
				"Host: " + host + ((baseUrl.getPort() >= 0) ? ":" + port : "")));
		headers(this.origin, this.cookies).forEach((name, value) -> sent.add(name + ": " + value));
		try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(host, port) : new Socket(host, port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((String.join("\r\n", sent) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			List<String> head = readHead(socket.getInputStream());
			int status = head.isEmpty() ? 0 : status(head.get(0));
			return new WebSocketVerdict(this.origin, this.path, this.cookies, status,
					head.isEmpty() ? List.of() : head.subList(1, head.size()), false, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + baseUrl + " to a WebSocket handshake for " + this.path
					+ ": " + ex, ex);
		}
	}

	/**
	 * The handshake's headers as a browser sends them, {@code Host} aside.
	 * @param origin the page's origin
	 * @param cookies whether the browser sends a cookie
	 * @return the headers in order
	 */
	static Map<String, String> headers(String origin, boolean cookies) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Upgrade", "websocket");
		headers.put("Connection", "Upgrade");
		headers.put("Sec-WebSocket-Key", "Y29ycy10ZXN0LWtpdC0xNg==");
		headers.put("Sec-WebSocket-Version", "13");
		headers.put("Origin", origin);
		if (cookies) {
			headers.put("Cookie", "cors-test=1");
		}
		return headers;
	}

	private static List<String> readHead(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while (matched < 4 && (b = in.read()) >= 0) {
			received.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r') ? 1 : 0;
		}
		String raw = received.toString(StandardCharsets.ISO_8859_1).trim();
		return raw.isEmpty() ? List.of() : List.of(raw.split("\r\n"));
	}

	private static int status(String statusLine) {
		String[] parts = statusLine.split(" ");
		try {
			return (parts.length > 1 && parts[0].startsWith("HTTP/")) ? Integer.parseInt(parts[1]) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
