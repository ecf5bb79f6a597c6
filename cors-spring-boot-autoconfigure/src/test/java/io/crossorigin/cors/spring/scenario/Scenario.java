package io.crossorigin.cors.spring.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the scenario table: a request, and the exact status and headers expected of the
 * response (present with their value, or absent), and whether the handler ran.
 */
public final class Scenario {

	/** Stands for the server's own origin, {@code http://localhost:<port>}. */
	public static final String SELF = "{self}";

	final String name;

	String method = "GET";

	String path = "/";

	final List<String[]> headers = new ArrayList<>();

	int status = 200;

	final Map<String, String> expected = new LinkedHashMap<>();

	final Set<String> absent = new LinkedHashSet<>();

	Boolean reachesHandler;

	boolean bodyBreaksOff;

	boolean needsGate;

	private Scenario(String name) {
		this.name = name;
	}

	public static Scenario named(String name) {
		return new Scenario(name);
	}

	public Scenario request(String method, String path) {
		this.method = method;
		this.path = path;
		return this;
	}

	/** A preflight as a browser sends it. */
	public Scenario preflight(String path, String origin, String requestedMethod) {
		return request("OPTIONS", path).origin(origin).header("Access-Control-Request-Method", requestedMethod);
	}

	public Scenario origin(String origin) {
		return header("Origin", origin);
	}

	public Scenario header(String name, String value) {
		this.headers.add(new String[] { name, value });
		return this;
	}

	public Scenario status(int status) {
		this.status = status;
		return this;
	}

	/** The header must occur exactly once, with exactly this value. */
	public Scenario expect(String name, String value) {
		this.absent.remove(name);
		this.expected.put(name, value);
		return this;
	}

	public Scenario expectNo(String... names) {
		this.absent.addAll(List.of(names));
		return this;
	}

	/**
	 * An actual response the policy allows: {@code Access-Control-Allow-Origin} with the origin,
	 * {@code Access-Control-Allow-Credentials} if it allows credentials, its exposed headers if
	 * any, {@code Vary: Origin}; and no other {@code Access-Control-*} header.
	 */
	public Scenario expectAllowed(String origin, boolean credentials, String exposedHeaders) {
		expect("Access-Control-Allow-Origin", origin).expect("Vary", "Origin");
		if (credentials) {
			expect("Access-Control-Allow-Credentials", "true");
		}
		if (exposedHeaders != null) {
			expect("Access-Control-Expose-Headers", exposedHeaders);
		}
		return this;
	}

	/** An actual response the policy refuses, or no CORS request: {@code Vary: Origin} and nothing else. */
	public Scenario expectRefused() {
		return expect("Vary", "Origin");
	}

	/**
	 * A response of a policy that shares with everyone ({@code *} without credentials):
	 * {@code Access-Control-Allow-Origin: *}, its exposed headers if any, and no {@code Vary}.
	 */
	public Scenario expectShared(String exposedHeaders) {
		expect("Access-Control-Allow-Origin", "*").expectNo("Vary");
		if (exposedHeaders != null) {
			expect("Access-Control-Expose-Headers", exposedHeaders);
		}
		return this;
	}

	/** A rejected preflight: 403, the preflight's {@code Vary} and no {@code Access-Control-*} header. */
	public Scenario expectPreflightRejected() {
		return status(403).expect("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
	}

	/** No {@code Access-Control-*} response header at all. */
	public Scenario expectNoCorsHeaders() {
		return expectNo("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods",
				"Access-Control-Allow-Headers", "Access-Control-Expose-Headers", "Access-Control-Max-Age",
				"Access-Control-Allow-Private-Network");
	}

	/**
	 * The row needs the policy to be the gate for headers others write, which the servlet filter
	 * provides (it hands everything behind it a gated response) and an interceptor cannot.
	 */
	public Scenario needsGate() {
		this.needsGate = true;
		return this;
	}

	/** The response's body ends early, as a stream that fails after the response was committed does. */
	public Scenario bodyBreaksOff() {
		this.bodyBreaksOff = true;
		return this;
	}

	public Scenario handled(boolean reachesHandler) {
		this.reachesHandler = reachesHandler;
		return this;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
