package io.crossorigin.cors.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client over one kept-alive loopback connection, for
 * {@link WebFluxServerBenchmark}: it writes a request prepared as bytes and reads the whole
 * response, framed by {@code Content-Length} or chunked encoding, into one buffer that it reuses.
 * An exchange allocates nothing in this class (the socket streams of JDK 17 read into the array
 * given), so that what a benchmark measures is the server's work.
 *
 * <p>It fails rather than guessing: a response that the server frames by closing the connection,
 * that announces {@code Connection: close}, that is larger than the buffer, that carries bytes
 * beyond its own end, or that does not arrive within the read timeout throws an
 * {@link IOException}. One request at a time; not thread-safe.
 */
final class LoopbackHttpClient implements Closeable {

	private static final int READ_TIMEOUT_MILLIS = 10_000;

	private static final byte[] CONTENT_LENGTH = ascii("content-length");

	private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");

	private static final byte[] CONNECTION = ascii("connection");

	private static final byte[] CHUNKED = ascii("chunked");

	private static final byte[] CLOSE = ascii("close");

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	/** Bytes of the current response read so far, from index 0. */
	private int limit;

	/** End of the last response's head (after its empty line) and of its body. */
	private int headEnd;

	private int responseEnd;

	LoopbackHttpClient(int port) throws IOException {
		this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout(READ_TIMEOUT_MILLIS);
		this.out = this.socket.getOutputStream();
		this.in = this.socket.getInputStream();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Sends one request and reads its whole response.
	 * @param request the request's bytes, head and body
	 * @return the response's status code
	 * @throws IOException if the connection fails or the response is not one this client reads
	 */
	int exchange(byte[] request) throws IOException {
		this.out.write(request);
		this.limit = 0;
		this.headEnd = readHead();
		int status = status();
		long contentLength = -1;
		boolean chunked = false;
		// header lines, after the status line, up to the empty line
		int line = indexOfCrlf(0) + 2;
		while (line < this.headEnd - 2) {
			int end = indexOfCrlf(line);
			int colon = indexOf((byte) ':', line, end);
			if (colon < 0) {
				throw new IOException("Malformed header line in: " + head());
			}
			int value = skipSpaces(colon + 1, end);
			if (nameIs(CONTENT_LENGTH, line, colon)) {
				contentLength = parseDecimal(value, end);
			}
			else if (nameIs(TRANSFER_ENCODING, line, colon)) {
				chunked = containsIgnoreCase(CHUNKED, value, end);
			}
			else if (nameIs(CONNECTION, line, colon) && containsIgnoreCase(CLOSE, value, end)) {
				throw new IOException("The server closes the kept-alive connection: " + head());
			}
			line = end + 2;
		}
		if (chunked) {
			this.responseEnd = readChunkedBody(this.headEnd);
		}
		else if (contentLength >= 0) {
			this.responseEnd = this.headEnd + (int) Math.min(contentLength, this.buffer.length);
			fillTo(this.responseEnd);
		}
		else if (status == 204 || status == 304 || status / 100 == 1) {
			this.responseEnd = this.headEnd;
		}
		else {
			throw new IOException("A response framed by the end of the connection: " + head());
		}
		if (this.limit != this.responseEnd) {
			throw new IOException((this.limit - this.responseEnd) + " bytes after the response: " + response());
		}
		return status;
	}

	/** The last response, head and body (chunk framing included), for checks outside measurement. */
	String response() {
		return new String(this.buffer, 0, this.responseEnd, StandardCharsets.ISO_8859_1);
	}

	/** The last response's head, for checks outside measurement. */
	String head() {
		return new String(this.buffer, 0, this.headEnd, StandardCharsets.ISO_8859_1);
	}

	/** The last response's body without its framing, for checks outside measurement (not chunked). */
	String body() {
		return new String(this.buffer, this.headEnd, this.responseEnd - this.headEnd, StandardCharsets.ISO_8859_1);
	}

	/**
	 * The value of the last response's header of that name, or {@code null}, for checks outside
	 * measurement.
	 */
	String header(String name) {
		String found = null;
		for (String line : head().split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
				if (found != null) {
					throw new IllegalStateException("Header " + name + " twice in:\n" + head());
				}
				found = line.substring(colon + 1).trim();
			}
		}
		return found;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private int readHead() throws IOException {
		int from = 0;
		while (true) {
			for (int i = from; i + 3 < this.limit; i++) {
				if (this.buffer[i] == '\r' && this.buffer[i + 1] == '\n' && this.buffer[i + 2] == '\r'
						&& this.buffer[i + 3] == '\n') {
					return i + 4;
				}
			}
			from = Math.max(0, this.limit - 3);
			fill();
		}
	}

	private int status() throws IOException {
		// "HTTP/1.1 200 ..."
		if (this.headEnd < 12 || this.buffer[0] != 'H' || this.buffer[8] != ' ') {
			throw new IOException("Not an HTTP/1.x status line: " + head());
		}
		return (int) parseDecimal(9, 12);
	}

	private int readChunkedBody(int from) throws IOException {
		int at = from;
		while (true) {
			int end = indexOfCrlfFilling(at);
			int size = 0;
			for (int i = at; i < end && this.buffer[i] != ';'; i++) {
				int digit = Character.digit(this.buffer[i], 16);
				if (digit < 0) {
					throw new IOException("Malformed chunk size in: " + response());
				}
				size = size * 16 + digit;
			}
			at = end + 2;
			if (size == 0) {
				// trailers, up to the empty line
				while (true) {
					int trailerEnd = indexOfCrlfFilling(at);
					boolean empty = trailerEnd == at;
					at = trailerEnd + 2;
					if (empty) {
						return at;
					}
				}
			}
			at += size + 2;
			fillTo(at);
		}
	}

	private void fill() throws IOException {
		if (this.limit == this.buffer.length) {
			throw new IOException("A response larger than " + this.buffer.length + " bytes");
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			throw new IOException("The server closed the connection after " + this.limit + " bytes of a response");
		}
		this.limit += read;
	}

	private void fillTo(int end) throws IOException {
		while (this.limit < end) {
			fill();
		}
	}

	/** The index of the next CRLF at or after {@code from}, within the head already read. */
	private int indexOfCrlf(int from) {
		for (int i = from; i + 1 < this.headEnd; i++) {
			if (this.buffer[i] == '\r' && this.buffer[i + 1] == '\n') {
				return i;
			}
		}
		return this.headEnd;
	}

	/** The index of the next CRLF at or after {@code from}, reading more as needed. */
	private int indexOfCrlfFilling(int from) throws IOException {
		int i = from;
		while (true) {
			for (; i + 1 < this.limit; i++) {
				if (this.buffer[i] == '\r' && this.buffer[i + 1] == '\n') {
					return i;
				}
			}
			fill();
		}
	}

	private int indexOf(byte b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (this.buffer[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private int skipSpaces(int from, int to) {
		int i = from;
		while (i < to && (this.buffer[i] == ' ' || this.buffer[i] == '\t')) {
			i++;
		}
		return i;
	}

	private boolean nameIs(byte[] lowerCaseName, int from, int colon) {
		if (colon - from != lowerCaseName.length) {
			return false;
		}
		for (int i = 0; i < lowerCaseName.length; i++) {
			if (toLowerCase(this.buffer[from + i]) != lowerCaseName[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean containsIgnoreCase(byte[] lowerCaseToken, int from, int to) {
		for (int start = from; start + lowerCaseToken.length <= to; start++) {
			int i = 0;
			while (i < lowerCaseToken.length && toLowerCase(this.buffer[start + i]) == lowerCaseToken[i]) {
				i++;
			}
			if (i == lowerCaseToken.length) {
				return true;
			}
		}
		return false;
	}

	private long parseDecimal(int from, int to) throws IOException {
		long value = 0;
		int i = from;
		for (; i < to && this.buffer[i] != ' ' && this.buffer[i] != '\t'; i++) {
			byte b = this.buffer[i];
			if (b < '0' || b > '9' || value > Integer.MAX_VALUE) {
				throw new IOException("Not a decimal number in: " + head());
			}
			value = value * 10 + (b - '0');
		}
		if (i == from) {
			throw new IOException("Missing a number in: " + head());
		}
		return value;
	}

	private static byte toLowerCase(byte b) {
		return (b >= 'A' && b <= 'Z') ? (byte) (b + ('a' - 'A')) : b;
	}

}
