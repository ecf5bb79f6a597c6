package io.crossorigin.cors.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

/**
 * A page's {@code new WebSocket(url)} waiting for the server to run against. Browsers apply no CORS
 * to WebSocket: they send the page's {@code Origin} (and the cookies they hold for the server) with
 * the handshake and open the socket whenever the server upgrades. So the verdict is the server's
 * answer to that handshake, sent over a real connection: a mock request cannot upgrade.
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
				"Host: " + host + ((baseUrl.getPort() >= 0) ? ":" + port : ""), "Upgrade: websocket", "Connection: Upgrade",
				"Sec-WebSocket-Key: Y29ycy10ZXN0LWtpdC0xNg==", "Sec-WebSocket-Version: 13", "Origin: " + this.origin));
		if (this.cookies) {
			sent.add("Cookie: cors-test=1");
		}
		try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(host, port) : new Socket(host, port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((String.join("\r\n", sent) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			List<String> head = readHead(socket.getInputStream());
			int status = head.isEmpty() ? 0 : status(head.get(0));
			return new WebSocketVerdict(this.origin, this.path, this.cookies, status,
					head.isEmpty() ? List.of() : head.subList(1, head.size()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + baseUrl + " to a WebSocket handshake for " + this.path
					+ ": " + ex, ex);
		}
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
