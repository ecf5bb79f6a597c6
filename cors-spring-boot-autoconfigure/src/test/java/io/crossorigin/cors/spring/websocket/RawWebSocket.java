package io.crossorigin.cors.spring.websocket;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A WebSocket handshake over a raw socket, so that a test sends exactly the {@code Origin} lines
 * it means (none, two, a list, bytes no client library would send), then, after a 101, one
 * masked text frame and the server's answer (RFC 6455 §5).
 */
final class RawWebSocket implements Closeable {

	private final Socket socket;

	private final InputStream in;

	private final int status;

	private final List<String> headerLines;

	private RawWebSocket(Socket socket, InputStream in, int status, List<String> headerLines) {
		this.socket = socket;
		this.in = in;
		this.status = status;
		this.headerLines = headerLines;
	}

	/**
	 * Sends a handshake and reads the response's head.
	 * @param port the server's port on localhost
	 * @param path the endpoint's path
	 * @param headerLines extra header lines, each ending in CRLF ({@code Origin}, {@code Cookie} ...)
	 * @return the connection, open after a 101
	 * @throws IOException if the connection fails
	 */
	static RawWebSocket handshake(int port, String path, String headerLines) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
		String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
		String head = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n" + headerLines
				+ "\r\n";
		OutputStream out = socket.getOutputStream();
		out.write(head.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while (matched < 4 && (b = in.read()) >= 0) {
			received.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r') ? 1 : 0;
		}
		String raw = received.toString(StandardCharsets.ISO_8859_1);
		if (!raw.startsWith("HTTP/1.")) {
			socket.close();
			return new RawWebSocket(socket, in, 0, List.of(raw));
		}
		String[] lines = raw.trim().split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		RawWebSocket connection = new RawWebSocket(socket, in, status, List.of(lines).subList(1, lines.length));
		if (status != 101) {
			connection.close();
		}
		return connection;
	}

	/**
	 * An ordinary GET, for the HTTP side of a covered path.
	 * @param port the server's port on localhost
	 * @param path the path
	 * @param headerLines extra header lines, each ending in CRLF
	 * @return the status and header lines
	 * @throws IOException if the connection fails
	 */
	static HttpAnswer get(int port, String path, String headerLines) throws IOException {
		return request(port, "GET", path, headerLines);
	}

	/**
	 * An ordinary request without a body.
	 * @param port the server's port on localhost
	 * @param method the method
	 * @param path the path
	 * @param headerLines extra header lines, each ending in CRLF
	 * @return the status and header lines
	 * @throws IOException if the connection fails
	 */
	static HttpAnswer request(int port, String method, String path, String headerLines) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\nContent-Length: 0\r\n" + headerLines
					+ "\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			String[] lines = raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).split("\r\n");
			return new HttpAnswer(Integer.parseInt(lines[0].split(" ")[1]), List.of(lines).subList(1, lines.length));
		}
	}

	/**
	 * An ordinary response's head.
	 *
	 * @param status the status
	 * @param headerLines the header lines
	 */
	record HttpAnswer(int status, List<String> headerLines) {

		List<String> values(String name) {
			List<String> values = new ArrayList<>();
			for (String line : this.headerLines) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					values.add(line.substring(colon + 1).trim());
				}
			}
			return values;
		}

	}

	int status() {
		return this.status;
	}

	List<String> headerLines() {
		return this.headerLines;
	}

	/** The names of every {@code Access-Control-*} header of the response, lower case. */
	List<String> accessControlNames() {
		List<String> names = new ArrayList<>();
		for (String line : this.headerLines) {
			int colon = line.indexOf(':');
			String name = (colon > 0) ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
			if (name.startsWith("access-control-")) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * Sends one text message and reads the next text message the server sends.
	 * @param text the message
	 * @return the server's message
	 * @throws IOException if the connection fails
	 */
	String exchange(String text) throws IOException {
		send(text);
		return receive();
	}

	void send(String text) throws IOException {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		if (payload.length > 125) {
			throw new IllegalArgumentException("a short message only");
		}
		byte[] mask = { 1, 2, 3, 4 };
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.write(0x81); // FIN, text
		frame.write(0x80 | payload.length); // masked, as every client frame is
		frame.write(mask);
		for (int i = 0; i < payload.length; i++) {
			frame.write(payload[i] ^ mask[i % 4]);
		}
		this.socket.getOutputStream().write(frame.toByteArray());
		this.socket.getOutputStream().flush();
	}

	String receive() throws IOException {
		while (true) {
			int first = read();
			int second = read();
			long length = second & 0x7f;
			if (length == 126) {
				length = (read() << 8) | read();
			}
			else if (length == 127) {
				length = 0;
				for (int i = 0; i < 8; i++) {
					length = (length << 8) | read();
				}
			}
			byte[] payload = this.in.readNBytes((int) length);
			if ((first & 0x0f) == 0x1) {
				return new String(payload, StandardCharsets.UTF_8);
			}
			if ((first & 0x0f) == 0x8) {
				throw new IOException("closed by the server");
			}
		}
	}

	private int read() throws IOException {
		int b = this.in.read();
		if (b < 0) {
			throw new IOException("the connection ended");
		}
		return b;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
