package io.crossorigin.cors.samples.playground;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One row of the samples' browser table: a page origin, a {@code fetch()}, and what the page's
 * script must and must not be able to read.
 */
public final class BrowserScenario {

	/** The page is served from {@code http://localhost:<port>}, which the samples' policies allow. */
	public static final String LOCALHOST = "localhost";

	/** The page is served from {@code http://evil.test:<port>}, which no policy allows. */
	public static final String EVIL = "evil.test";

	/** The page is served from {@code http://127.0.0.1:<port>}: the API's own origin. */
	public static final String SAME_ORIGIN = "127.0.0.1";

	final String name;

	String pageHost = LOCALHOST;

	String method = "GET";

	String path = "/api/orders";

	final Map<String, String> headers = new LinkedHashMap<>();

	String credentials = "same-origin";

	String body;

	boolean readable;

	Integer status;

	Boolean preflighted;

	final Set<String> readableHeaders = new LinkedHashSet<>();

	final Set<String> hiddenHeaders = new LinkedHashSet<>();

	String bodyContains;

	private BrowserScenario(String name) {
		this.name = name;
	}

	public static BrowserScenario named(String name) {
		return new BrowserScenario(name);
	}

	public BrowserScenario from(String pageHost) {
		this.pageHost = pageHost;
		return this;
	}

	public BrowserScenario fetch(String method, String path) {
		this.method = method;
		this.path = path;
		return this;
	}

	public BrowserScenario header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public BrowserScenario credentials(String credentials) {
		this.credentials = credentials;
		return this;
	}

	public BrowserScenario body(String body) {
		this.body = body;
		return this;
	}

	/** The page can read the response, with this status. */
	public BrowserScenario readable(int status) {
		this.readable = true;
		this.status = status;
		return this;
	}

	/** The browser withholds the response: {@code fetch()} rejects with a TypeError. */
	public BrowserScenario blocked() {
		this.readable = false;
		return this;
	}

	/** Whether the server must have seen a preflight before the request. */
	public BrowserScenario preflighted(boolean preflighted) {
		this.preflighted = preflighted;
		return this;
	}

	public BrowserScenario canRead(String... headerNames) {
		this.readableHeaders.addAll(Set.of(headerNames));
		return this;
	}

	public BrowserScenario cannotRead(String... headerNames) {
		this.hiddenHeaders.addAll(Set.of(headerNames));
		return this;
	}

	public BrowserScenario bodyContains(String text) {
		this.bodyContains = text;
		return this;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
