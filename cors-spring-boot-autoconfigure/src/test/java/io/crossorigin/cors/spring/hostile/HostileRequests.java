package io.crossorigin.cors.spring.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile requests, by family: the origins that misconfiguration scanners try, and requests
 * malformed in the ways a CORS layer must survive. Every one is aimed at {@code /api/orders},
 * which the {@code api} policy covers (allowed origins: {@link #APP} and {@code http://localhost:*},
 * credentials allowed).
 */
public final class HostileRequests {

	public static final String APP = "https://app.example.com";

	static final String CREDENTIALS = "Authorization: Basic dXNlcjpwYXNzd29yZA==\r\n";

	private HostileRequests() {
	}

	/**
	 * One hostile request.
	 *
	 * @param family what it tries
	 * @param name what exactly
	 * @param head the request line and headers, without {@code Host} (added per server)
	 * @param preflight whether it is a preflight
	 */
	public record Hostile(String family, String name, String head, boolean preflight) {

		public String head(int port) {
			return this.head.replace("{host}", "localhost:" + port);
		}

		@Override
		public String toString() {
			return this.family + ": " + this.name;
		}

	}

	/**
	 * Origins no policy allows, as scanners try them; each sent as an actual request, as a
	 * preflight, and as a preflight asking for request headers (how scanners look for reflected
	 * header names).
	 */
	public static List<String> origins() {
		return List.of(
				// reflection of any origin, and the opaque one
				"https://evil.example.org", "http://attacker.test", "null",
				// prefix and suffix tricks
				"https://app.example.com.evil.org", "https://app.example.comevil.org", "https://evilapp.example.com",
				"https://app.example.co", "https://pp.example.com", "https://app-example.com", "https://appexample.com",
				// a regex with unescaped dots
				"https://appXexample.com", "https://app.exampleXcom",
				// insecure scheme, insecure look-alike
				"http://app.example.com", "http://localhost.evil.org:3000",
				// characters some browsers tolerate in hosts
				"https://app.example.com_.evil.org", "https://app.example.com}.evil.org", "https://app.example.com`.evil.org",
				"https://app.example.com!.evil.org", "https://app.example.com$.evil.org", "https://app.example.com&.evil.org",
				"https://app.example.com'.evil.org", "https://app.example.com(.evil.org", "https://app.example.com*.evil.org",
				"https://app.example.com+.evil.org", "https://app.example.com,.evil.org", "https://app.example.com;.evil.org",
				"https://app.example.com=.evil.org", "https://app.example.com%60.evil.org", "https://app.example.com\\.evil.org",
				// Unicode and punycode look-alikes (Cyrillic a), sent as UTF-8 bytes
				utf8("https://\u0430pp.example.com"), utf8("https://app.ex\u0430mple.com"), "https://xn--pp-8cd.example.com",
				// IPv6 zones
				"http://[fe80::1%25eth0]", "http://[::1%lo]:8080", "http://[::1%25lo]:3000",
				// user info and fragments
				"https://app.example.com@evil.org", "https://evil.org#@app.example.com", "https://evil.org?app.example.com",
				// ports and case
				"https://app.example.com:443", "http://localhost:0", "http://localhost:65536", "http://localhost:080",
				"https://APP.example.com", "HTTPS://app.example.com", "http://LOCALHOST:3000",
				// an exact entry is no pattern: its parent, its subdomains, its neighbours
				"https://example.com", "https://sub.app.example.com", "https://evil.app.example.com", "https://com",
				"https://app.example.com:8443", "http://app.example.com:80", "https://app.example.com.xn--evil-abc.org",
				// the any-port localhost entry: other loopback names and addresses, and suffixes after the port
				"http://127.0.0.1:3000", "http://0.0.0.0:3000", "http://[::1]:3000", "http://2130706433:3000",
				"https://0x7f.0.0.1", "http://localhost.:3000", "http://localhost:3000.evil.org",
				"http://localhost:3000@evil.org", "http://evil-localhost:3000", "http://localhostevil.org:3000",
				"http://localhost:3000\\@evil.org",
				// more than an origin: paths, trailing characters, user info, empty and doubled ports
				"https://evil.org/app.example.com", "https://app.example.com/", "https://app.example.com.",
				"https://app.example.com:", "https://app.example.com:443:443", "https://app.example.com:443/",
				"https://user:pass@app.example.com", "https://app.example.com@", "https://app.example.com%2eevil.org",
				"https://app.example.com%00", "https://app.example.com%0d%0aX-Injected:%201",
				// less than an origin, wildcards sent literally, and schemes browsers send for opaque origins
				"https:app.example.com", "https:/app.example.com", "//app.example.com", "app.example.com",
				"https://*.example.com", "*", "file://", "data:,", "about:blank", "javascript:alert(1)",
				"chrome-extension://abcdefghijklmnop", "ws://app.example.com", "wss://app.example.com");
	}

	public static List<Hostile> all() {
		List<Hostile> all = new ArrayList<>();
		for (String origin : origins()) {
			all.add(new Hostile("origin", origin + " (actual)",
					"GET /api/orders HTTP/1.1\r\nHost: {host}\r\n" + CREDENTIALS + "Origin: " + origin + "\r\n", false));
			all.add(new Hostile("origin", origin + " (preflight)", "OPTIONS /api/orders HTTP/1.1\r\nHost: {host}\r\n"
					+ "Origin: " + origin + "\r\nAccess-Control-Request-Method: PUT\r\n", true));
			all.add(new Hostile("origin", origin + " (preflight with request headers)", "OPTIONS /api/orders HTTP/1.1\r\n"
					+ "Host: {host}\r\nOrigin: " + origin + "\r\nAccess-Control-Request-Method: POST\r\n"
					+ "Access-Control-Request-Headers: x-evil, content-type\r\n", true));
		}
		String get = "GET /api/orders HTTP/1.1\r\nHost: {host}\r\n" + CREDENTIALS;
		String options = "OPTIONS /api/orders HTTP/1.1\r\nHost: {host}\r\n";
		// duplicate, folded and list-shaped Origin headers
		all.add(new Hostile("shape", "two Origin lines, the second allowed", get + "Origin: https://evil.example.org\r\nOrigin: " + APP + "\r\n", false));
		all.add(new Hostile("shape", "two Origin lines, both allowed", get + "Origin: " + APP + "\r\nOrigin: " + APP + "\r\n", false));
		all.add(new Hostile("shape", "two Origin lines in a preflight", options + "Origin: " + APP + "\r\nOrigin: " + APP
				+ "\r\nAccess-Control-Request-Method: PUT\r\n", true));
		all.add(new Hostile("shape", "a folded Origin line", get + "Origin: https://evil.example.org\r\n " + APP + "\r\n", false));
		all.add(new Hostile("shape", "an Origin list", get + "Origin: " + APP + ", https://evil.example.org\r\n", false));
		// CR, LF and NUL bytes
		all.add(new Hostile("bytes", "a bare CR and a header after it in Origin", get + "Origin: " + APP + "\rX-Injected: 1\r\n", false));
		all.add(new Hostile("bytes", "a bare LF and an Access-Control header after it", get
				+ "Origin: https://evil.example.org\nAccess-Control-Allow-Origin: https://evil.example.org\r\n", false));
		all.add(new Hostile("bytes", "a NUL byte in Origin", get + "Origin: " + APP + "\u0000.evil.org\r\n", false));
		all.add(new Hostile("bytes", "a NUL byte in a preflight's Origin", options + "Origin: " + APP
				+ "\u0000\r\nAccess-Control-Request-Method: PUT\r\n", true));
		all.add(new Hostile("bytes", "a NUL byte in Access-Control-Request-Headers", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: content-type\u0000x\r\n", true));
		// huge and many Access-Control-Request-Headers lines
		all.add(new Hostile("size", "a 100 kB Access-Control-Request-Headers", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: " + "x-a,".repeat(25_000) + "\r\n", true));
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			many.append("Access-Control-Request-Headers: ").append("content-type,".repeat(69)).append("x-request-id\r\n");
		}
		all.add(new Hostile("size", "five Access-Control-Request-Headers lines, over 4 kB together", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: PUT\r\n" + many, true));
		StringBuilder allowedLines = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			allowedLines.append("Access-Control-Request-Headers: content-type\r\n");
		}
		all.add(new Hostile("size", "forty allowed Access-Control-Request-Headers lines", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: PUT\r\n" + allowedLines, true));
		all.add(new Hostile("size", "a 300-character Origin", get + "Origin: https://" + "a".repeat(280) + ".example.org\r\n", false));
		// odd methods and method case
		all.add(new Hostile("method", "get in lower case", "get /api/orders HTTP/1.1\r\nHost: {host}\r\n" + CREDENTIALS
				+ "Origin: " + APP + "\r\n", false));
		all.add(new Hostile("method", "PROPFIND", "PROPFIND /api/orders HTTP/1.1\r\nHost: {host}\r\n" + CREDENTIALS
				+ "Origin: " + APP + "\r\n", false));
		all.add(new Hostile("method", "a preflight asking for put in lower case", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: put\r\n", true));
		all.add(new Hostile("method", "a preflight asking for a method that is no token", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: P{UT\r\n", true));
		all.add(new Hostile("method", "a preflight asking for CONNECT", options + "Origin: " + APP
				+ "\r\nAccess-Control-Request-Method: CONNECT\r\n", true));
		all.add(new Hostile("method", "options in lower case with a request method", "options /api/orders HTTP/1.1\r\nHost: {host}\r\n"
				+ CREDENTIALS + "Origin: https://evil.example.org\r\nAccess-Control-Request-Method: PUT\r\n", false));
		// absolute-form targets
		all.add(new Hostile("target", "absolute-form naming the attacker's host", "GET http://evil.example.org/api/orders HTTP/1.1\r\n"
				+ "Host: evil.example.org\r\n" + CREDENTIALS + "Origin: http://evil.example.org\r\n", false));
		all.add(new Hostile("target", "absolute-form preflight naming the attacker's host", "OPTIONS http://evil.example.org/api/orders HTTP/1.1\r\n"
				+ "Host: evil.example.org\r\nOrigin: http://evil.example.org\r\nAccess-Control-Request-Method: PUT\r\n", true));
		// forwarded headers claiming the attacker's origin is the server's own
		all.add(new Hostile("forwarded", "X-Forwarded-* claiming the attacker's host", get + "Origin: https://evil.example.org\r\n"
				+ "X-Forwarded-Host: evil.example.org\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n", false));
		all.add(new Hostile("forwarded", "Forwarded claiming the attacker's host", get + "Origin: https://evil.example.org\r\n"
				+ "Forwarded: host=evil.example.org;proto=https\r\n", false));
		all.add(new Hostile("forwarded", "X-Forwarded-* in a preflight from the attacker", options + "Origin: https://evil.example.org\r\n"
				+ "Access-Control-Request-Method: PUT\r\nX-Forwarded-Host: evil.example.org\r\nX-Forwarded-Proto: https\r\n", true));
		return all;
	}

	private static String utf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

}
