package io.crossorigin.cors.samples.playground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightCache;
import io.crossorigin.cors.samples.playground.DifferentialCases.Call;
import io.crossorigin.cors.samples.playground.DifferentialCases.Case;

/**
 * The core's browser model against the application's CORS decisions and a real browser (Chromium
 * or Firefox, judged with the model's profile of it), over generated cases. Each case is a page
 * (five origins: http, https, an opaque {@code null} origin and an origin no policy allows), a
 * target (a starter policy on the application, answering any status or a redirect that may cross
 * origins; or {@link DifferentialServer}'s hand-written responder, answering literal {@code *}s
 * with or without credentials) and one to three {@code fetch()} calls to the same URL, so later
 * calls meet the browser's preflight cache.
 *
 * <p>Three answers must agree on every call: the model's prediction, computed from the
 * responses the server really gives to the requests the model says a browser sends (same
 * requests, in the same order, preflights included); the server's decision, read from what the
 * starter recorded for each request the browser sent; and what the browser let the page read (the
 * promise, the status, every readable header). The seed is new on every run, printed, and
 * replayable with {@code -Dcors.differential.seed=<seed>}; runs of two engines on one seed meet
 * the same cases, so that the model, the server and both engines agree four ways.
 */
public final class BrowserDifferential {

	/** The query parameter that tags the model's own requests, which the probe log ignores. */
	public static final String MODEL_PARAMETER = "model";

	/** The system property that replays a run. */
	public static final String SEED_PROPERTY = "cors.differential.seed";

	private static final int BATCH = 50;

	private final String stack;

	private final int appPort;

	private final ProbeLog probes;

	private final Predicate<String> credentialedPolicy;

	private final long seed;

	private final String run;

	private DifferentialServer server;

	private final Supplier<Browser> engine;

	private final BrowserProfile profile;

	private Browser browser;

	/**
	 * A differential run in a browser, judged by the model with that browser's profile, against an
	 * application that has imported {@link DifferentialController} and the policies of
	 * {@code differential.properties}.
	 * @param stack the stack's name, for the report
	 * @param appPort the application's HTTP port
	 * @param probes the application's probe log
	 * @param credentialedPolicy whether the named policy allows credentials
	 * @param seed the seed the cases are generated from ({@link #seed()})
	 * @param engine starts the browser
	 * @param profile the model's rules for that browser
	 */
	public BrowserDifferential(String stack, int appPort, ProbeLog probes, Predicate<String> credentialedPolicy,
			long seed, Supplier<Browser> engine, BrowserProfile profile) {
		this.engine = engine;
		this.profile = profile;
		this.stack = stack;
		this.appPort = appPort;
		this.probes = probes;
		this.credentialedPolicy = credentialedPolicy;
		this.seed = seed;
		this.run = Long.toHexString(this.seed & 0xffffffffL) + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
	}

	/**
	 * A fresh seed, printed by each run, or the one {@code -Dcors.differential.seed} replays.
	 * @return the seed
	 */
	public static long seed() {
		String replay = System.getProperty(SEED_PROPERTY);
		return (replay != null && !replay.isBlank()) ? Long.parseLong(replay.strip()) : new SecureRandom().nextLong();
	}

	/**
	 * Generates the cases from the seed, runs each in the browser and in the model, and judges them.
	 * @return the report
	 */
	public DifferentialReport run() {
		System.out.printf("Browser differential on %s: seed %d (replay with -D%s=%d)%n", this.stack, this.seed,
				SEED_PROPERTY, this.seed);
		DifferentialReport report;
		try (DifferentialServer server = DifferentialServer.start(); Browser browser = this.engine.get()) {
			report = new DifferentialReport(this.stack, this.seed, browser.engine());
			this.server = server;
			this.browser = browser;
			Map<String, List<Case>> byPage = new TreeMap<>();
			for (Case each : new DifferentialCases(this.appPort, server, this.run).generate(new Random(this.seed))) {
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

	private void runBatch(List<Case> cases, DifferentialReport report) {
		List<Map<String, Object>> calls = new ArrayList<>();
		for (Case each : cases) {
			for (Call call : each.calls()) {
				Map<String, Object> fetch = new LinkedHashMap<>();
				fetch.put("url", each.url(ProbeLog.PARAMETER));
				fetch.put("init", Browser.init(call.method(), call.headers(), call.credentials(), null));
				calls.add(fetch);
			}
		}
		List<Browser.FetchResult> results = this.browser.fetchInOrder(calls);
		int next = 0;
		for (Case each : cases) {
			List<Browser.FetchResult> seen = results.subList(next, next + each.calls().size());
			next += each.calls().size();
			judge(each, seen, report);
		}
	}

	/** Runs the case in the model, reads what the servers saw of the browser's requests, and compares. */
	private void judge(Case each, List<Browser.FetchResult> seen, DifferentialReport report) {
		PreflightCache cache = new PreflightCache(this.profile);
		URI url = URI.create(each.url(MODEL_PARAMETER));
		List<List<String>> modelAppExchanges = new ArrayList<>();
		List<String> modelRawExchanges = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Prediction> predictions = new ArrayList<>();
		for (Call call : each.calls()) {
			List<String> appExchanges = new ArrayList<>();
			int[] lastStatus = { 0 };
			BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(call.toBrowserRequest(each.page().origin()),
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
		List<String> browserAppExchanges = serverSaw.stream()
			.map((exchange) -> exchange.preflight() ? "OPTIONS-preflight" : exchange.method())
			.toList();
		List<String> modelApp = modelAppExchanges.stream().flatMap(List::stream).toList();
		if (!modelApp.equals(browserAppExchanges)) {
			problems.add("the application saw " + browserAppExchanges + " from " + this.browser.engine() + ", the model sent " + modelApp);
		}
		List<String> browserRaw = this.server.rawExchanges(each.probe());
		report.observed(each, each.onApplication() ? browserAppExchanges : browserRaw, seen);
		if (!modelRawExchanges.equals(browserRaw)) {
			problems.add("the responder saw " + browserRaw + " from " + this.browser.engine() + ", the model sent " + modelRawExchanges);
		}
		int from = 0;
		for (int i = 0; i < each.calls().size(); i++) {
			Prediction predicted = predictions.get(i);
			Browser.FetchResult actual = seen.get(i);
			Set<String> readableHeaders = actual.readable() ? new TreeSet<>(actual.headers().keySet()) : Set.of();
			Set<String> predictedHeaders = onTheBrowsersConnection(predicted.outcome().readableHeaderNames(), actual.headers());
			String call = "call " + (i + 1) + " (" + each.calls().get(i) + ")";
			if (predicted.outcome().readable() != actual.readable()) {
				problems.add(call + ": the model says " + (predicted.outcome().readable() ? "readable" : "blocked ("
						+ predicted.outcome().failure() + ")") + ", " + this.browser.engine() + " " + (actual.readable() ? "read it" : actual.error()));
			}
			else if (actual.readable() && (predicted.status() != actual.status()
					|| !predictedHeaders.equals(readableHeaders))) {
				problems.add(call + ": the model reads status " + predicted.status() + " and "
						+ predictedHeaders + ", " + this.browser.engine() + " " + actual.status() + " and " + readableHeaders);
			}
			int count = modelAppExchanges.get(i).size();
			if (each.onApplication() && modelApp.equals(browserAppExchanges)) {
				List<ProbeLog.Exchange> decided = serverSaw.subList(from, from + count);
				boolean permits = serverPermits(decided, each.calls().get(i).credentials());
				if (permits != actual.readable()) {
					problems.add(call + ": the server's decisions " + decided.stream().map((e) -> e.policy() + " " + e.decision()).toList()
							+ " " + (permits ? "permit" : "refuse") + " it, " + this.browser.engine() + " " + (actual.readable() ? "read it" : "did not"));
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

	/**
	 * The names the model reads, on the connection the browser's response came on rather than on the
	 * model's own. {@code Keep-Alive} is hop-by-hop: Tomcat sends {@code Keep-Alive: timeout=…} on
	 * every response that leaves a keep-alive connection open, and none on the one that ends it
	 * (its {@code maxKeepAliveRequests}th, 100 by default), which says {@code Connection: close}
	 * instead. The model's requests each open a connection of their own (see {@link #send}), so
	 * they never reach that limit; a browser's share connections, and meet it every hundredth
	 * request. So where the page read {@code Connection: close} (exposed by the same rule that
	 * exposed {@code Keep-Alive}, and still compared), the model's {@code Keep-Alive} goes, and
	 * nothing else: a {@code Keep-Alive} that the browser reads and the model does not still
	 * disagrees.
	 * @param predicted the names the model reads
	 * @param read the headers the page read, by lower-case name
	 * @return the names to compare with what the page read
	 */
	static Set<String> onTheBrowsersConnection(Set<String> predicted, Map<String, String> read) {
		String connection = read.get("connection");
		if (!predicted.contains("keep-alive") || connection == null
				|| Arrays.stream(connection.split(",")).noneMatch((token) -> token.strip().equalsIgnoreCase("close"))) {
			return predicted;
		}
		Set<String> withoutKeepAlive = new TreeSet<>(predicted);
		withoutKeepAlive.remove("keep-alive");
		return withoutKeepAlive;
	}

	private static boolean isPreflight(String method, List<HeaderField> headers) {
		return method.equals("OPTIONS")
				&& headers.stream().anyMatch((header) -> header.name().equalsIgnoreCase("Access-Control-Request-Method"));
	}

	/**
	 * Sends a request over a plain socket to loopback (every host here resolves there, as the browsers'
	 * host rules make it) and reads the status line and header block exactly as the server wrote
	 * them: an HTTP client library would hide hop-by-hop headers such as {@code Connection}, which
	 * a script can read under {@code Access-Control-Expose-Headers: *}.
	 */
	private static BrowserResponse send(URI uri, String method, List<HeaderField> headers) {
		try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder().append(method).append(' ').append(uri.getRawPath()).append('?')
				.append(uri.getRawQuery()).append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':')
				.append(uri.getPort()).append("\r\nConnection: keep-alive\r\n"); // as both browsers send it
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

	/**
	 * The model's outcome of a call, the status of its final response, and whether the preflight
	 * cache spared a call that needs a preflight from sending one.
	 */
	record Prediction(BrowserFetch.FetchOutcome outcome, int status, boolean sparedByCache) {
	}

}
