package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A server that is not the application, for {@link BrowserDifferential}: it serves the pages that
 * fetches run from (over HTTP, over HTTPS with a self-signed certificate, and a sandboxed page whose
 * origin is opaque, so that the browser sends {@code Origin: null}), and a hand-written CORS responder
 * at {@code /raw/**} that answers exactly the headers its query asks for. The responder stands in
 * for a misconfigured server: only it can answer a literal {@code *} in
 * {@code Access-Control-Allow-Methods} or {@code -Allow-Headers}, or {@code *} together with
 * credentials, which the starter never sends.
 */
final class DifferentialServer implements AutoCloseable {

	private static final String PAGE = "<!doctype html><title>differential</title><p>fetches run from here</p>";

	private final HttpServer http;

	private final HttpsServer https;

	private final Map<String, List<String>> rawExchanges = new ConcurrentHashMap<>();

	private DifferentialServer(HttpServer http, HttpsServer https) {
		this.http = http;
		this.https = https;
	}

	static DifferentialServer start() {
		try {
			InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
			HttpServer http = HttpServer.create(loopback, 64);
			HttpsServer https = HttpsServer.create(loopback, 64);
			https.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
			DifferentialServer server = new DifferentialServer(http, https);
			for (HttpServer each : List.of(http, https)) {
				each.createContext("/", server::handle);
				each.start();
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int httpPort() {
		return this.http.getAddress().getPort();
	}

	int httpsPort() {
		return this.https.getAddress().getPort();
	}

	/**
	 * What the responder received for a probe, in order: the method, or {@code OPTIONS-preflight}.
	 * @param probe the probe id
	 * @return the exchanges
	 */
	List<String> rawExchanges(String probe) {
		List<String> exchanges = this.rawExchanges.get(probe);
		if (exchanges == null) {
			return List.of();
		}
		synchronized (exchanges) {
			return List.copyOf(exchanges);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Headers headers = exchange.getResponseHeaders();
			if (!path.startsWith("/raw/")) {
				headers.set("Content-Type", "text/html; charset=utf-8");
				if (path.equals("/sandboxed")) {
					headers.set("Content-Security-Policy", "sandbox allow-scripts");
				}
				byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				return;
			}
			respondRaw(exchange, query(exchange.getRequestURI().getRawQuery()));
		}
	}

	/** Answers with the CORS headers the query spells out, for the preflight and for the request. */
	private void respondRaw(HttpExchange exchange, Map<String, String> query) throws IOException {
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		boolean preflight = exchange.getRequestMethod().equals("OPTIONS")
				&& exchange.getRequestHeaders().containsKey("Access-Control-Request-Method");
		String probe = query.get(ProbeLog.PARAMETER);
		if (probe != null) {
			List<String> exchanges = this.rawExchanges.computeIfAbsent(probe, (id) -> new ArrayList<>());
			synchronized (exchanges) {
				exchanges.add(preflight ? "OPTIONS-preflight" : exchange.getRequestMethod());
			}
		}
		Headers headers = exchange.getResponseHeaders();
		String allowOrigin = switch (query.getOrDefault("acao", "none")) {
			case "echo" -> origin;
			case "star" -> "*";
			case "other" -> "http://other.test";
			default -> null;
		};
		if (allowOrigin != null) {
			headers.set("Access-Control-Allow-Origin", allowOrigin);
		}
		if (query.containsKey("acac")) {
			headers.set("Access-Control-Allow-Credentials", query.get("acac"));
		}
		int status = Integer.parseInt(query.getOrDefault(preflight ? "pstatus" : "status", "200"));
		if (preflight) {
			setIfPresent(headers, "Access-Control-Allow-Methods", query.get("acam"));
			setIfPresent(headers, "Access-Control-Allow-Headers", query.get("acah"));
			setIfPresent(headers, "Access-Control-Max-Age", query.get("maxage"));
		}
		else {
			setIfPresent(headers, "Access-Control-Expose-Headers", query.get("aceh"));
			headers.set("X-Trace", "1");
			headers.set("X-Other", "2");
			headers.set("X-Hidden", "3");
			headers.set("Content-Language", "en");
			headers.set("Cache-Control", "no-store");
		}
		boolean body = status != 204 && status != 304 && !exchange.getRequestMethod().equals("HEAD") && !preflight;
		byte[] text = "raw".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body ? text.length : -1);
		if (body) {
			exchange.getResponseBody().write(text);
		}
		drain(exchange.getRequestBody());
	}

	private static void setIfPresent(Headers headers, String name, String value) {
		if (value != null) {
			headers.set(name, value);
		}
	}

	private static void drain(InputStream body) throws IOException {
		body.transferTo(OutputStream.nullOutputStream());
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> query = new LinkedHashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					query.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return query;
	}

	private static SSLContext selfSigned() {
		char[] password = "differential".toCharArray();
		try (InputStream keys = DifferentialServer.class.getResourceAsStream("differential-tls.p12")) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(keys, password);
			KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			factory.init(store, password);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(factory.getKeyManagers(), null, null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The differential's TLS key store does not load", ex);
		}
	}

	@Override
	public void close() {
		this.http.stop(0);
		this.https.stop(0);
	}

}
