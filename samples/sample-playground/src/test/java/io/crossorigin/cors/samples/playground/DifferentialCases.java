package io.crossorigin.cors.samples.playground;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.crossorigin.cors.browser.BrowserRequest;

/**
 * The cases of a {@link BrowserDifferential} run, generated from its seed: each a page, a target
 * and one to three calls to the target's URL.
 */
final class DifferentialCases {

	/** Cases judged three ways: a starter policy answers them. */
	static final int STARTER_CASES = 1000;

	/** Cases on the hand-written responder: the model against the browser on answers the starter never gives. */
	static final int RESPONDER_CASES = 250;

	private static final List<String> POLICIES = List.of("strict", "creds", "any", "anycreds");

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

	private static final List<String[]> HEADERS = List.of(new String[] { "Content-Type", "text/plain" },
			new String[] { "Content-Type", "application/json" }, new String[] { "X-Request-Id", "7" },
			new String[] { "Authorization", "Bearer token" }, new String[] { "Accept", "application/json" },
			new String[] { "Range", "bytes=0-10" }, new String[] { "Accept-Language", "en-US" },
			new String[] { "X-Custom", "value" });

	private static final List<String> CREDENTIALS = List.of("omit", "same-origin", "include");

	private static final List<String> STATUSES = List.of("200", "200", "200", "201", "204", "400", "401", "404", "500",
			"boom");

	private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);
	private final int appPort;

	private final DifferentialServer server;

	private final String run;

	/**
	 * Cases against an application and the differential's own server.
	 * @param appPort the application's port
	 * @param server the server of the pages and the hand-written responder
	 * @param run a tag that makes this run's URLs its own
	 */
	DifferentialCases(int appPort, DifferentialServer server, String run) {
		this.appPort = appPort;
		this.server = server;
		this.run = run;
	}

	/**
	 * The cases, in a shuffled order.
	 * @param random the seeded source
	 * @return {@link #STARTER_CASES} on the application and {@link #RESPONDER_CASES} on the responder
	 */
	List<Case> generate(Random random) {
		int http = this.server.httpPort();
		List<Page> pages = List.of(Page.at("localhost", "http://localhost:" + http),
				Page.at("app", "http://app.test:" + http), Page.at("evil", "http://evil.test:" + http),
				Page.at("app-https", "https://app.test:" + this.server.httpsPort()),
				new Page("sandboxed", "null", "http://sandbox.test:" + http + "/sandboxed"));
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < STARTER_CASES + RESPONDER_CASES; i++) {
			Page page = pages.get(random.nextInt(pages.size()));
			String path = (i < STARTER_CASES) ? starterTarget(random, page, i) : responderTarget(random, i);
			cases.add(new Case(this.run, i, page, path, calls(random)));
		}
		Collections.shuffle(cases, random);
		return cases;
	}

	/** A starter policy's path, with a status or a redirect (to the same origin, or across origins). */
	private String starterTarget(Random random, Page page, int id) {
		String policy = pick(random, POLICIES);
		String path = "http://127.0.0.1:" + this.appPort + "/diff/" + policy + "/" + this.run + "-" + id + "?status=";
		if (random.nextInt(4) > 0) {
			return path + pick(random, STATUSES);
		}
		// a page served over https may only follow redirects to potentially trustworthy hosts: mixed
		// content, not CORS, would block http://app.test
		List<String> hosts = page.origin().startsWith("https:") ? List.of("127.0.0.1", "localhost")
				: List.of("127.0.0.1", "localhost", "app.test");
		String to = "http://" + pick(random, hosts) + ":" + this.appPort + "/diff/" + pick(random, POLICIES) + "/"
				+ this.run + "-" + id + "-to?status=" + pick(random, STATUSES);
		return path + "200&redirect=" + pick(random, REDIRECTS) + "&to=" + encode(to);
	}

	/** The hand-written responder's path, spelling out the headers it answers with. */
	private String responderTarget(Random random, int id) {
		StringBuilder query = new StringBuilder("?acao=").append(weighted(random, "echo", 6, "star", 3, "other", 1, "none", 1));
		appendIf(query, "acac", weighted(random, "true", 8, "TRUE", 1, "false", 1, "", 10));
		appendIf(query, "acam", weighted(random, "*", 4, "GET, PUT, POST", 2, "put, patch", 1, "", 3));
		appendIf(query, "acah", weighted(random, "*", 4, "X-Request-Id, Content-Type", 2, "Authorization, *", 2, "", 2));
		appendIf(query, "aceh", weighted(random, "*", 4, "X-Trace", 2, "*, X-Other", 2, "", 2));
		appendIf(query, "maxage", weighted(random, "600", 4, "0", 2, "", 4));
		query.append("&pstatus=").append(weighted(random, "204", 6, "200", 2, "403", 1, "500", 1));
		query.append("&status=").append(weighted(random, "200", 6, "204", 1, "404", 2, "500", 1));
		return "http://127.0.0.1:" + this.server.httpPort() + "/raw/" + this.run + "-" + id + query;
	}

	/** One call, or two or three to the same URL: the same again (the cache) or a variation of it. */
	private static List<Call> calls(Random random) {
		List<Call> calls = new ArrayList<>();
		calls.add(call(random));
		int more = weightedCount(random);
		for (int i = 0; i < more; i++) {
			Call previous = calls.get(calls.size() - 1);
			calls.add(switch (random.nextInt(6)) {
				case 0 -> new Call(pick(random, METHODS), previous.headers(), previous.credentials());
				case 1 -> new Call(previous.method(), headers(random), previous.credentials());
				case 2 -> new Call(previous.method(), previous.headers(), pick(random, CREDENTIALS));
				default -> previous;
			});
		}
		return calls;
	}

	private static int weightedCount(Random random) {
		int roll = random.nextInt(20);
		return (roll < 11) ? 0 : (roll < 16) ? 1 : 2;
	}

	private static Call call(Random random) {
		return new Call(pick(random, METHODS), headers(random), pick(random, CREDENTIALS));
	}

	private static Map<String, String> headers(Random random) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int h = random.nextInt(4); h > 0; h--) {
			String[] header = HEADERS.get(random.nextInt(HEADERS.size()));
			headers.putIfAbsent(header[0], header[1]);
		}
		return headers;
	}

	private static void appendIf(StringBuilder query, String name, String value) {
		if (!value.isEmpty()) {
			query.append('&').append(name).append('=').append(encode(value));
		}
	}

	/** One of the values, each followed by its weight. */
	private static String weighted(Random random, Object... valuesAndWeights) {
		int total = 0;
		for (int i = 1; i < valuesAndWeights.length; i += 2) {
			total += (Integer) valuesAndWeights[i];
		}
		int roll = random.nextInt(total);
		for (int i = 0;; i += 2) {
			roll -= (Integer) valuesAndWeights[i + 1];
			if (roll < 0) {
				return (String) valuesAndWeights[i];
			}
		}
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A page fetches run from: its name, its serialized origin and where it is served. */
	record Page(String name, String origin, String url) {

		static Page at(String name, String origin) {
			return new Page(name, origin, origin + "/");
		}

	}

	/** One {@code fetch()} call: method, author headers and credentials mode. */
	record Call(String method, Map<String, String> headers, String credentials) {

		/** The request as the playground's page asks the model about it. */
		BrowserRequest toBrowserRequest(String origin) {
			return new PlaygroundController.Question(null, origin, this.method, this.headers, this.credentials, 0, null)
				.toBrowserRequest();
		}

		@Override
		public String toString() {
			return this.method + " " + this.headers.keySet() + " credentials " + this.credentials;
		}

	}

	/**
	 * A case: the run it belongs to, the page, the target (without its tag) and the calls, all to
	 * the same URL.
	 */
	record Case(String run, int id, Page page, String target, List<Call> calls) {

		/** The case's tag, unique to its run: two runs against one application (two engines) never share one. */
		String probe() {
			return this.run + "-d" + this.id;
		}

		String url(String tag) {
			return this.target + "&" + tag + "=" + probe();
		}

		boolean onApplication() {
			return this.target.contains("/diff/");
		}

		boolean redirects() {
			return this.target.contains("&redirect=");
		}

	}

}
