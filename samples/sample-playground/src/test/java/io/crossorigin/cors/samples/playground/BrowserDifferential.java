package io.crossorigin.cors.samples.playground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's browser model against the application's CORS decisions and a real Chromium, over
 * generated cases. Each case is a page (five origins: http, https, an opaque {@code null} origin
 * and an origin no policy allows), a target (a starter policy on the application, answering any
 * status or a redirect that may cross origins; or {@link DifferentialServer}'s hand-written
 * responder, answering literal {@code *}s with or without credentials) and one to three
 * {@code fetch()} calls to the same URL, so later calls meet Chromium's preflight cache.
 *
 * <p>Three answers must agree on every call: the model's prediction, computed from the
 * responses the server really gives to the requests the model says a browser sends (same
 * requests, in the same order, preflights included); the server's decision, read from what the
 * starter recorded for each request Chromium sent; and what Chromium let the page read (the
 * promise, the status, every readable header). The seed is new on every run, printed, and
 * replayable with {@code -Dcors.differential.seed=<seed>}.
 */
public final class BrowserDifferential {

	/** The query parameter that tags the model's own requests, which the probe log ignores. */
	public static final String MODEL_PARAMETER = "model";

	/** The system property that replays a run. */
	public static final String SEED_PROPERTY = "cors.differential.seed";

	/** Cases judged three ways: a starter policy answers them. */
	public static final int STARTER_CASES = 1000;

	/** Cases on the hand-written responder: the model against Chromium on answers the starter never gives. */
	public static final int RESPONDER_CASES = 250;

	private static final int BATCH = 50;

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

	private final String stack;

	private final int appPort;

	private final ProbeLog probes;

	private final Predicate<String> credentialedPolicy;

	private final long seed;

	private final String run;

	private DifferentialServer server;

	private ChromiumBrowser browser;

	/**
	 * A differential run against an application that has imported {@link DifferentialController}
	 * and the policies of {@code differential.properties}.
	 * @param stack the stack's name, for the report
	 * @param appPort the application's HTTP port
	 * @param probes the application's probe log
	 * @param credentialedPolicy whether the named policy allows credentials
	 */
	public BrowserDifferential(String stack, int appPort, ProbeLog probes, Predicate<String> credentialedPolicy) {
		this.stack = stack;
		this.appPort = appPort;
		this.probes = probes;
		this.credentialedPolicy = credentialedPolicy;
		String replay = System.getProperty(SEED_PROPERTY);
		this.seed = (replay != null && !replay.isBlank()) ? Long.parseLong(replay.strip()) : new SecureRandom().nextLong();
		this.run = Long.toHexString(this.seed & 0xffffffffL) + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
	}

	/**
	 * Generates the cases from the seed, runs each in Chromium and in the model, and judges them.
	 * @return the report
	 */
	public Report run() {
		System.out.printf("Browser differential on %s: seed %d (replay with -D%s=%d)%n", this.stack, this.seed,
				SEED_PROPERTY, this.seed);
		Report report = new Report(this.stack, this.seed);
		try (DifferentialServer server = DifferentialServer.start(); ChromiumBrowser browser = ChromiumBrowser.start()) {
			this.server = server;
			this.browser = browser;
			Map<String, List<Case>> byPage = new TreeMap<>();
			for (Case each : generate(new Random(this.seed))) {
				byPage.computeIfAbsent(each.page().name(), (name) -> new ArrayList<>()).add(each);
			}
			for (List<Case> cases : byPage.values()) {
				browser.open(cases.get(0).page().url());
				for (int from = 0; from < cases.size(); from += BATCH) {
					runBatch(cases.subList(from, Math.min(cases.size(), from + BATCH)), report);
				}
			}
		}
		report.print();
		return report;
	}

	private void runBatch(List<Case> cases, Report report) {
		List<Map<String, Object>> calls = new ArrayList<>();
		for (Case each : cases) {
			for (Call call : each.calls()) {
				Map<String, Object> fetch = new LinkedHashMap<>();
				fetch.put("url", each.url(ProbeLog.PARAMETER));
				fetch.put("init", ChromiumBrowser.init(call.method(), call.headers(), call.credentials(), null));
				calls.add(fetch);
			}
		}
		List<ChromiumBrowser.FetchResult> results = this.browser.fetchInOrder(calls);
		int next = 0;
		for (Case each : cases) {
			List<ChromiumBrowser.FetchResult> chromium = results.subList(next, next + each.calls().size());
			next += each.calls().size();
			judge(each, chromium, report);
		}
	}

	/** Runs the case in the model, reads what the servers saw of Chromium's requests, and compares. */
	private void judge(Case each, List<ChromiumBrowser.FetchResult> chromium, Report report) {
		PreflightCache cache = new PreflightCache(BrowserProfile.CHROMIUM);
		URI url = URI.create(each.url(MODEL_PARAMETER));
		List<List<String>> modelAppExchanges = new ArrayList<>();
		List<String> modelRawExchanges = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Prediction> predictions = new ArrayList<>();
		for (Call call : each.calls()) {
			List<String> appExchanges = new ArrayList<>();
			int[] lastStatus = { 0 };
			BrowserCorsCheck.FetchOutcome outcome = BrowserCorsCheck.fetch(call.toBrowserRequest(each.page().origin()),
					url, (target, method, headers) -> {
						BrowserResponse response = send(target, method, headers);
						String exchange = isPreflight(method, headers) ? "OPTIONS-preflight" : method;
						if (target.getPort() == this.appPort) {
							appExchanges.add(exchange);
						}
						else {
							modelRawExchanges.add(exchange);
						}
						if (!exchange.equals("OPTIONS-preflight")) {
							lastStatus[0] = response.status();
						}
						return response;
					}, cache, Instant.EPOCH);
			modelAppExchanges.add(appExchanges);
			boolean spared = BrowserCorsCheck.needsPreflight(call.toBrowserRequest(each.page().origin()))
					&& !outcome.preflighted();
			predictions.add(new Prediction(outcome, lastStatus[0], spared));
		}

		List<ProbeLog.Exchange> serverSaw = this.probes.exchanges(each.probe());
		List<String> chromiumAppExchanges = serverSaw.stream()
			.map((exchange) -> exchange.preflight() ? "OPTIONS-preflight" : exchange.method())
			.toList();
		List<String> modelApp = modelAppExchanges.stream().flatMap(List::stream).toList();
		if (!modelApp.equals(chromiumAppExchanges)) {
			problems.add("the application saw " + chromiumAppExchanges + " from Chromium, the model sent " + modelApp);
		}
		List<String> chromiumRaw = this.server.rawExchanges(each.probe());
		if (!modelRawExchanges.equals(chromiumRaw)) {
			problems.add("the responder saw " + chromiumRaw + " from Chromium, the model sent " + modelRawExchanges);
		}
		int from = 0;
		for (int i = 0; i < each.calls().size(); i++) {
			Prediction predicted = predictions.get(i);
			ChromiumBrowser.FetchResult actual = chromium.get(i);
			Set<String> readableHeaders = actual.readable() ? new TreeSet<>(actual.headers().keySet()) : Set.of();
			String call = "call " + (i + 1) + " (" + each.calls().get(i) + ")";
			if (predicted.outcome().readable() != actual.readable()) {
				problems.add(call + ": the model says " + (predicted.outcome().readable() ? "readable" : "blocked ("
						+ predicted.outcome().failure() + ")") + ", Chromium " + (actual.readable() ? "read it" : actual.error()));
			}
			else if (actual.readable() && (predicted.status() != actual.status()
					|| !predicted.outcome().readableHeaderNames().equals(readableHeaders))) {
				problems.add(call + ": the model reads status " + predicted.status() + " and "
						+ predicted.outcome().readableHeaderNames() + ", Chromium " + actual.status() + " and " + readableHeaders);
			}
			int count = modelAppExchanges.get(i).size();
			if (each.onApplication() && modelApp.equals(chromiumAppExchanges)) {
				List<ProbeLog.Exchange> decided = serverSaw.subList(from, from + count);
				boolean permits = serverPermits(decided, each.calls().get(i).credentials());
				if (permits != actual.readable()) {
					problems.add(call + ": the server's decisions " + decided.stream().map((e) -> e.policy() + " " + e.decision()).toList()
							+ " " + (permits ? "permit" : "refuse") + " it, Chromium " + (actual.readable() ? "read it" : "did not"));
				}
			}
			from += count;
			report.count(each, predicted, actual, readableHeaders);
		}
		report.judged(each, problems);
	}

	/**
	 * The server's verdict on one call: every request of it was allowed by the starter, under a
	 * policy that allows credentials when the call includes them (the server cannot see the
	 * credentials mode; its answer for "{@code include}" is what its policy says about credentials).
	 */
	private boolean serverPermits(List<ProbeLog.Exchange> decided, String credentials) {
		if (decided.isEmpty()) {
			return false;
		}
		for (ProbeLog.Exchange exchange : decided) {
			String decision = String.valueOf(exchange.decision());
			if (!decision.startsWith("ACTUAL_ALLOWED") && !decision.startsWith("PREFLIGHT_ACCEPTED")) {
				return false;
			}
			if (credentials.equals("include") && !this.credentialedPolicy.test(exchange.policy())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPreflight(String method, List<HeaderField> headers) {
		return method.equals("OPTIONS")
				&& headers.stream().anyMatch((header) -> header.name().equalsIgnoreCase("Access-Control-Request-Method"));
	}

	/**
	 * Sends a request over a plain socket to loopback (every host here resolves there, as Chromium's
	 * host rules make it) and reads the status line and header block exactly as the server wrote
	 * them: an HTTP client library would hide hop-by-hop headers such as {@code Connection}, which
	 * a script can read under {@code Access-Control-Expose-Headers: *}.
	 */
	private static BrowserResponse send(URI uri, String method, List<HeaderField> headers) {
		try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder().append(method).append(' ').append(uri.getRawPath()).append('?')
				.append(uri.getRawQuery()).append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':')
				.append(uri.getPort()).append("\r\nConnection: keep-alive\r\n"); // as Chromium sends it
			headers.forEach((header) -> request.append(header.name()).append(": ").append(header.value()).append("\r\n"));
			if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
				request.append("Content-Length: 0\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			String statusLine = in.readLine();
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			List<HeaderField> fields = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				int colon = line.indexOf(':');
				fields.add(new HeaderField(line.substring(0, colon), line.substring(colon + 1).strip()));
			}
			return new BrowserResponse(status, fields);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Case> generate(Random random) {
		int http = this.server.httpPort();
		List<Page> pages = List.of(Page.at("localhost", "http://localhost:" + http),
				Page.at("app", "http://app.test:" + http), Page.at("evil", "http://evil.test:" + http),
				Page.at("app-https", "https://app.test:" + this.server.httpsPort()),
				new Page("sandboxed", "null", "http://sandbox.test:" + http + "/sandboxed"));
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < STARTER_CASES + RESPONDER_CASES; i++) {
			Page page = pages.get(random.nextInt(pages.size()));
			String path = (i < STARTER_CASES) ? starterTarget(random, page, i) : responderTarget(random, i);
			cases.add(new Case(i, page, path, calls(random)));
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

		BrowserRequest toBrowserRequest(String origin) {
			BrowserRequest request = BrowserRequest.of(origin, this.method).withCredentials(switch (this.credentials) {
				case "include" -> CredentialsMode.INCLUDE;
				case "omit" -> CredentialsMode.OMIT;
				default -> CredentialsMode.SAME_ORIGIN;
			});
			for (Map.Entry<String, String> header : this.headers.entrySet()) {
				request = request.withHeader(header.getKey(), header.getValue());
			}
			return request;
		}

		@Override
		public String toString() {
			return this.method + " " + this.headers.keySet() + " credentials " + this.credentials;
		}

	}

	/** A case: the page, the target (without its tag) and the calls, all to the same URL. */
	record Case(int id, Page page, String target, List<Call> calls) {

		String probe() {
			return "d" + this.id;
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

	/**
	 * The model's outcome of a call, the status of its final response, and whether the preflight
	 * cache spared a call that needs a preflight from sending one.
	 */
	record Prediction(BrowserCorsCheck.FetchOutcome outcome, int status, boolean sparedByCache) {
	}

	/** What a run found: the agreement and how much of the protocol the cases reached. */
	public static final class Report {

		private final String stack;

		private final long seed;

		private final List<String> disagreements = new ArrayList<>();

		private int cases;

		private int starterCases;

		private int calls;

		private int readable;

		private int preflighted;

		private int spared;

		private int redirected;

		private int nullOrigin;

		private int https;

		private int nonOkReadable;

		private final Set<Set<String>> headerOutcomes = new HashSet<>();

		private final Set<Integer> readableStatuses = new TreeSet<>();

		Report(String stack, long seed) {
			this.stack = stack;
			this.seed = seed;
		}

		void count(Case each, Prediction predicted, ChromiumBrowser.FetchResult actual, Set<String> readableHeaders) {
			this.calls++;
			if (actual.readable()) {
				this.readable++;
				this.headerOutcomes.add(readableHeaders);
				this.readableStatuses.add(actual.status());
				this.nonOkReadable += (actual.status() < 200 || actual.status() > 299) ? 1 : 0;
				this.nullOrigin += each.page().origin().equals("null") ? 1 : 0;
				this.https += each.page().origin().startsWith("https:") ? 1 : 0;
				this.redirected += each.redirects() ? 1 : 0;
			}
			this.preflighted += predicted.outcome().preflighted() ? 1 : 0;
			this.spared += predicted.sparedByCache() ? 1 : 0;
		}

		void judged(Case each, List<String> problems) {
			this.cases++;
			this.starterCases += each.onApplication() ? 1 : 0;
			if (!problems.isEmpty()) {
				this.disagreements.add("case " + each.id() + " from " + each.page().origin() + " to " + each.url("probe")
						+ ", calls " + each.calls() + ":\n    " + String.join("\n    ", problems));
			}
		}

		void print() {
			int agreed = this.cases - this.disagreements.size();
			System.out.printf("Browser model vs server vs Chromium on %s (seed %d): %d/%d cases agree (%d three ways on"
					+ " the starter's policies, %d on the hand-written responder); %d calls, %d readable (%d with a"
					+ " non-2xx status, %d after a redirect, %d from the null origin, %d from https), %d preflights,"
					+ " %d calls spared a preflight by the cache, %d distinct sets of readable headers, readable"
					+ " statuses %s%n", this.stack, this.seed, agreed,
					this.cases, this.starterCases, this.cases - this.starterCases, this.calls, this.readable,
					this.nonOkReadable, this.redirected, this.nullOrigin, this.https, this.preflighted, this.spared,
					this.headerOutcomes.size(), this.readableStatuses);
			this.disagreements.forEach(System.out::println);
		}

		/**
		 * Fails unless the cases reached what the differential is for: each dimension must have
		 * produced readable responses, so that agreement on it means something.
		 */
		public void assertReachesEveryDimension() {
			assertThat(this.cases).as("cases").isEqualTo(STARTER_CASES + RESPONDER_CASES);
			assertThat(this.starterCases).as("cases on the starter's policies").isEqualTo(STARTER_CASES);
			assertThat(this.readable).as("calls the page could read").isBetween(this.calls / 10, this.calls - this.calls / 10);
			assertThat(this.preflighted).as("calls with a preflight").isGreaterThan(this.calls / 10);
			assertThat(this.spared).as("calls the preflight cache spared a preflight").isGreaterThanOrEqualTo(20);
			assertThat(this.redirected).as("readable calls after a redirect").isGreaterThanOrEqualTo(10);
			assertThat(this.nullOrigin).as("readable calls from the null origin").isGreaterThanOrEqualTo(10);
			assertThat(this.https).as("readable calls from an https page").isGreaterThanOrEqualTo(10);
			assertThat(this.nonOkReadable).as("readable calls with a non-2xx status").isGreaterThanOrEqualTo(10);
			assertThat(this.headerOutcomes).as("distinct sets of readable headers").hasSizeGreaterThanOrEqualTo(8);
		}

		public List<String> disagreements() {
			return List.copyOf(this.disagreements);
		}

		public int cases() {
			return this.cases;
		}

		public int starterCases() {
			return this.starterCases;
		}

		public int calls() {
			return this.calls;
		}

		public int readable() {
			return this.readable;
		}

		public int preflighted() {
			return this.preflighted;
		}

		public int sparedByCache() {
			return this.spared;
		}

		public int redirectedReadable() {
			return this.redirected;
		}

		public int nullOriginReadable() {
			return this.nullOrigin;
		}

		public int httpsReadable() {
			return this.https;
		}

		public int nonOkReadable() {
			return this.nonOkReadable;
		}

		public int distinctReadableHeaderSets() {
			return this.headerOutcomes.size();
		}

		public long seed() {
			return this.seed;
		}

	}

}
