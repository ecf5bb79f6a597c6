package io.crossorigin.cors.spring.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection used as a browser uses it: a request, its whole response,
 * the next request. Reads a response to its end (by {@code Content-Length}, or chunk by chunk),
 * so that the next request goes out only then, and fails when an answer does not come in time.
 */
public final class KeepAliveConnection implements AutoCloseable {

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	/**
	 * Opens a connection to a local server.
	 * @param port the server's port
	 * @throws IOException if it cannot connect
	 */
	public KeepAliveConnection(int port) throws IOException {
		this.socket = new Socket("localhost", port);
		this.socket.setSoTimeout(3000);
		this.in = this.socket.getInputStream();
		this.out = this.socket.getOutputStream();
	}

	/**
	 * Sends a request and reads its whole response.
	 * @param head the request line and headers, each line ending in CRLF, without the blank line
	 * @return the status line and headers of the response
	 * @throws IOException on a broken connection
	 */
	public String exchange(String head) throws IOException {
		pipeline(head);
		return read();
	}

	/**
	 * Sends requests in one write, without waiting for any answer (HTTP/1.1 pipelining), so that
	 * they reach the server together.
	 * @param heads each request's line and headers, each line ending in CRLF, without the blank line
	 * @throws IOException on a broken connection
	 */
	public void pipeline(String... heads) throws IOException {
		StringBuilder requests = new StringBuilder();
		for (String head : heads) {
			requests.append(head).append("\r\n");
		}
		this.out.write(requests.toString().getBytes(StandardCharsets.ISO_8859_1));
		this.out.flush();
	}

	/**
	 * Reads the next response whole.
	 * @return its status line and headers
	 * @throws IOException on a broken connection
	 */
	public String read() throws IOException {
		try {
			String headers = readHead();
			String lower = headers.toLowerCase(Locale.ROOT);
			if (lower.contains("transfer-encoding: chunked")) {
				for (int size = chunkSize(); size > 0; size = chunkSize()) {
					this.in.readNBytes(size + 2);
				}
				readLine();
			}
			else {
				int at = lower.indexOf("content-length:");
				if (at >= 0) {
					int end = lower.indexOf("\r\n", at);
					this.in.readNBytes(Integer.parseInt(lower.substring(at + 15, end).strip()));
				}
			}
			return headers;
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("no answer within 3 s on a reused connection", ex);
		}
	}

	private String readHead() throws IOException {
		StringBuilder head = new StringBuilder();
		for (String line = readLine(); !line.isEmpty(); line = readLine()) {
			head.append(line).append("\r\n");
		}
		return head.toString();
	}

	private int chunkSize() throws IOException {
		String line = readLine();
		int extension = line.indexOf(';');
		return Integer.parseInt((extension >= 0) ? line.substring(0, extension) : line, 16);
	}

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new IOException("the server closed the connection");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
