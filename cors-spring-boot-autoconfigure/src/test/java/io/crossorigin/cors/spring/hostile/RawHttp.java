package io.crossorigin.cors.spring.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a raw socket, so that a test can send what no well-behaved client would: CR, LF
 * and NUL bytes in header values, repeated and folded header lines, odd methods, absolute-form
 * targets, headers of any size. One request per connection ({@code Connection: close}); the
 * response is read as bytes up to the end of the stream.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * What came back.
	 *
	 * @param status the status, or 0 when the server closed the connection without a response
	 * @param headerLines the response's header lines as sent, {@code name: value}
	 * @param raw the whole response as ISO-8859-1 text
	 */
	public record Response(int status, List<String> headerLines, String raw) {

		/** The values of a header, in order, however many lines carry it. */
		public List<String> values(String name) {
			List<String> values = new ArrayList<>();
			for (String line : this.headerLines) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					values.add(line.substring(colon + 1).trim());
				}
			}
			return values;
		}

		/** The names of every {@code Access-Control-*} header, lower case. */
		public List<String> accessControlNames() {
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

	}

	/**
	 * Sends the request head as given (ISO-8859-1, every char one byte) and reads the response.
	 * @param port the server's port on localhost
	 * @param head the request line and header lines, each ending in CRLF, without the blank line
	 * @return the response
	 * @throws IOException if the connection fails
	 */
	public static Response exchange(int port, String head) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) >= 0;) {
					received.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException | java.net.SocketException ex) {
				// a reset after the response, or none: what arrived is what there is
			}
			return parse(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	private static Response parse(String raw) {
		int end = raw.indexOf("\r\n\r\n");
		if (!raw.startsWith("HTTP/1.") || end < 0) {
			return new Response(0, List.of(), raw);
		}
		String[] lines = raw.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
		return new Response(status, headerLines, raw);
	}

}
