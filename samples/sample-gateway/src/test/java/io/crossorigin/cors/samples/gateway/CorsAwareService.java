package io.crossorigin.cors.samples.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service behind the gateway that does CORS of its own, the permissive way scanners look for:
 * it reflects any {@code Origin} with credentials, exposes a header of its own and varies on
 * {@code Origin}, and answers preflights. It records the methods it was asked, so that a test can
 * tell whether a preflight reached it.
 */
final class CorsAwareService implements AutoCloseable {

	static final String SECRET_HEADER = "X-Downstream-Secret";

	private final HttpServer server;

	private final List<String> methods = new CopyOnWriteArrayList<>();

	private CorsAwareService(HttpServer server) {
		this.server = server;
	}

	static CorsAwareService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			CorsAwareService service = new CorsAwareService(server);
			server.createContext("/", service::handle);
			server.start();
			return service;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<String> methods() {
		return List.copyOf(this.methods);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.methods.add(exchange.getRequestMethod());
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		if (origin != null) {
			exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
			exchange.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
			exchange.getResponseHeaders().add("Access-Control-Expose-Headers", SECRET_HEADER + ", X-Total-Count");
			exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH");
		}
		exchange.getResponseHeaders().add("Vary", "Origin");
		exchange.getResponseHeaders().add(SECRET_HEADER, "downstream");
		exchange.getResponseHeaders().add("X-Total-Count", "3");
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		byte[] body = "[{\"id\":1,\"item\":\"book\"}]".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
