package io.crossorigin.cors.test;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a browser made of a WebSocket handshake: the socket opens when the server answers 101, and
 * the page learns nothing else (a refused handshake is an {@code error} then a {@code close}
 * event, without the status).
 *
 * @param origin the page's origin
 * @param path the endpoint's path
 * @param cookies whether the browser sent cookies
 * @param status the server's status, 0 if it answered nothing (or, through {@code MockMvc}, if the
 * handshake went on to the upgrade, which a mock request cannot make)
 * @param headerLines the response's header lines, as sent
 * @param upgradeReached whether, through {@code MockMvc}, the handshake passed every check and went
 * on to the upgrade; false against a running server, whose status says it
 * @param serverAccount the starter's own account of its decision, where the kit can read it
 * ({@code MockMvc}), or null
 */
public record WebSocketVerdict(String origin, String path, boolean cookies, int status, List<String> headerLines,
		boolean upgradeReached, @Nullable String serverAccount) {

	/**
	 * Whether the socket opens.
	 * @return true on a 101, or when the handshake went on to the upgrade in a mock
	 */
	public boolean opens() {
		return this.status == 101 || this.upgradeReached;
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
		String answer = this.upgradeReached ? "went on to the upgrade (which MockMvc cannot make)"
				: (this.status == 0) ? "no answer" : String.valueOf(this.status);
		return System.lineSeparator() + "  GET " + this.path + " [Upgrade: websocket, Origin: " + this.origin
				+ (this.cookies ? ", Cookie" : "") + "] -> " + answer
				+ (this.headerLines.isEmpty() ? "" : " " + this.headerLines.stream().map(WebSocketVerdict::redacted).toList())
				+ ((this.serverAccount != null) ? System.lineSeparator() + "    the server: " + this.serverAccount : "");
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
