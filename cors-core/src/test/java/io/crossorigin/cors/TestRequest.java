package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;

/**
 * A request as an adapter would present it: repeated header fields are combined with ", ".
 */
final class TestRequest implements CorsRequest {

	private final String method;

	private final List<String[]> headers = new ArrayList<>();

	private String scheme = "https";

	private String host = "api.example.com";

	private int port = 443;

	private TestRequest(String method) {
		this.method = method;
	}

	static TestRequest get() {
		return new TestRequest("GET");
	}

	static TestRequest method(String method) {
		return new TestRequest(method);
	}

	/** A preflight as a browser sends it. */
	static TestRequest preflight(String origin, String method) {
		return new TestRequest("OPTIONS").header(CorsHeaders.ORIGIN, origin)
			.header(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, method);
	}

	static TestRequest cors(String method, String origin) {
		return new TestRequest(method).header(CorsHeaders.ORIGIN, origin);
	}

	TestRequest header(String name, String value) {
		this.headers.add(new String[] { name, value });
		return this;
	}

	TestRequest origin(String origin) {
		return header(CorsHeaders.ORIGIN, origin);
	}

	TestRequest requestHeaders(String value) {
		return header(CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS, value);
	}

	/** The request's own scheme, host and port, as a server sees them. */
	record ServerSide(String scheme, String host, int port) {
	}

	TestRequest server(String scheme, String host, int port) {
		this.scheme = scheme;
		this.host = host;
		this.port = port;
		return this;
	}

	@Override
	public String method() {
		return this.method;
	}

	@Override
	public String header(String name) {
		String combined = null;
		for (String[] header : this.headers) {
			if (header[0].equalsIgnoreCase(name)) {
				combined = (combined == null) ? header[1] : combined + ", " + header[1];
			}
		}
		return combined;
	}

	@Override
	public String scheme() {
		return this.scheme;
	}

	@Override
	public String host() {
		return this.host;
	}

	@Override
	public int port() {
		return this.port;
	}

}
