package io.crossorigin.cors.test;

import java.util.List;
import java.util.Locale;

/**
 * What a browser made of a WebSocket handshake: the socket opens when the server answers 101, and
 * the page learns nothing else (a refused handshake is an {@code error} then a {@code close}
 * event, without the status).
 *
 * @param origin the page's origin
 * @param path the endpoint's path
 * @param cookies whether the browser sent cookies
 * @param status the server's status, 0 if it answered nothing
 * @param headerLines the response's header lines, as sent
 */
public record WebSocketVerdict(String origin, String path, boolean cookies, int status, List<String> headerLines) {

	/**
	 * Whether the socket opens.
	 * @return true on a 101
	 */
	public boolean opens() {
		return this.status == 101;
	}

	/**
	 * The names of the {@code Access-Control-*} headers the server answered with, which a
	 * handshake never needs.
	 * @return the names, lower case
	 */
	public List<String> accessControlHeaderNames() {
		return this.headerLines.stream()
			.filter((line) -> line.indexOf(':') > 0)
			.map((line) -> line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT))
			.filter((name) -> name.startsWith("access-control-"))
			.toList();
	}

	@Override
	public String toString() {
		return "new WebSocket(\"" + this.path + "\") from a page at " + this.origin + (this.cookies ? " (with cookies)" : "");
	}

	String transcript() {
		return System.lineSeparator() + "  GET " + this.path + " [Upgrade: websocket, Origin: " + this.origin
				+ (this.cookies ? ", Cookie" : "") + "] -> " + ((this.status == 0) ? "no answer" : this.status)
				+ (this.headerLines.isEmpty() ? "" : " " + this.headerLines.stream().map(WebSocketVerdict::redacted).toList());
	}

	/** A cookie the server sets is a secret: its name is shown, not its value. */
	private static String redacted(String line) {
		int colon = line.indexOf(':');
		if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Set-Cookie")) {
			int equals = line.indexOf('=', colon);
			return line.substring(0, (equals > 0) ? equals + 1 : colon + 1) + "(hidden)";
		}
		return line;
	}

}
