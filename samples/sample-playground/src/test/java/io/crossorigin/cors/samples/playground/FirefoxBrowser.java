package io.crossorigin.cors.samples.playground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.json.Json;

/**
 * Debian's Firefox ESR, headless with a fresh profile, driven over WebDriver BiDi, which Firefox
 * speaks itself ({@code --remote-debugging-port}): no geckodriver. Commands and their answers are
 * JSON over the JDK's WebSocket client; scripts run with {@code script.callFunction}, given the
 * same arguments (and {@code done} callback, last) as Selenium's asynchronous scripts, so that both
 * engines run the very same JavaScript.
 */
public final class FirefoxBrowser implements Browser {

	/** Debian's Firefox ESR. */
	public static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");

	/** Every host name the tests' pages and targets use, resolved to the loopback as Chromium's host rules do. */
	private static final String LOCAL_DOMAINS = "app.test,evil.test,sandbox.test,other.test";

	/**
	 * Preferences of the fresh profile: no network of its own, no upgrade of http pages, no prompts.
	 * {@code network.auth.subresource-http-auth-allow} 1: a cross-origin sub-resource answered 401
	 * with {@code WWW-Authenticate: Basic} opens no login dialog (Firefox's default, 2, opens one,
	 * which blocks a headless run; Chromium opens none for cross-origin sub-resources), so the page
	 * gets the 401, as a user who dismisses the dialog would.
	 */
	private static final String PREFERENCES = """
			user_pref("network.dns.localDomains", "%s");
			user_pref("dom.security.https_first", false);
			user_pref("dom.security.https_first_schemeless", false);
			user_pref("dom.security.https_only_mode", false);
			user_pref("network.lna.enabled", false);
			user_pref("network.auth.subresource-http-auth-allow", 1);
			user_pref("network.proxy.type", 0);
			user_pref("app.update.enabled", false);
			user_pref("browser.shell.checkDefaultBrowser", false);
			user_pref("datareporting.policy.dataSubmissionEnabled", false);
			user_pref("toolkit.telemetry.enabled", false);
			user_pref("browser.safebrowsing.malware.enabled", false);
			user_pref("browser.safebrowsing.phishing.enabled", false);
			user_pref("network.captive-portal-service.enabled", false);
			user_pref("network.connectivity-service.enabled", false);
			user_pref("extensions.update.enabled", false);
			user_pref("browser.startup.homepage_override.mstone", "ignore");
			""".formatted(LOCAL_DOMAINS);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Json json = new Json();

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	private final String context;

	private final AtomicInteger warmUpPreflights = new AtomicInteger();

	private final HttpServer warmUp;

	private final Set<String> warmOrigins = new HashSet<>();

	private FirefoxBrowser(Process process, Path profile, URI endpoint) {
		this.process = process;
		this.profile = profile;
		try {
			this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(endpoint, new Messages()).get(30,
					TimeUnit.SECONDS);
			send("session.new", Map.of("capabilities", Map.of("alwaysMatch", Map.of("acceptInsecureCerts", true))));
			List<?> contexts = (List<?>) send("browsingContext.getTree", Map.of()).get("contexts");
			this.context = (String) ((Map<?, ?>) contexts.get(0)).get("context");
			this.warmUp = warmUpServer(this.warmUpPreflights); // last: nothing after it can fail and leave it running
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("WebDriver BiDi session with Firefox failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a fresh headless Firefox, or skips the test (fails it under {@code CI=true}) when it is
	 * not installed.
	 * @return the browser
	 */
	public static FirefoxBrowser start() {
		requireInstalled(Files.isExecutable(FIREFOX), System.getenv("CI"));
		try {
			Path profile = Files.createTempDirectory("firefox-profile");
			Files.writeString(profile.resolve("user.js"), PREFERENCES, StandardCharsets.UTF_8);
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			Process process = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote",
					"--remote-debugging-port", String.valueOf(port), "--profile", profile.toString())
				.redirectErrorStream(true)
				.start();
			awaitListening(process);
			FirefoxBrowser browser = new FirefoxBrowser(process, profile, URI.create("ws://127.0.0.1:" + port + "/session"));
			return browser;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Firefox (153 ESR, measured here) sends a preflight again for each of the first preflighted
	 * {@code fetch()} calls made from a page origin it has not run a page of before, even with a
	 * valid {@code Access-Control-Max-Age}: about four, counted per origin, not in time (a page
	 * left waiting 15 seconds still does it; back on an origin it has warmed, it caches from the
	 * first). From then on its preflight cache answers as its source says and the browser model's
	 * Firefox profile encodes. Nothing that the tests check depends on a new origin's first
	 * fetches, so each origin starts warm: preflighted fetches from the new page to a local server
	 * until one is answered from the cache.
	 * @param page the page just opened
	 */
	private void warmUpPreflightCache(URI page) {
		String origin = page.getScheme() + "://" + page.getHost() + ":" + page.getPort();
		if (!this.warmOrigins.add(origin)) {
			return;
		}
		int before = this.warmUpPreflights.get();
		for (int i = 0; i < 10; i++) {
			int preflights = this.warmUpPreflights.get();
			fetch("http://127.0.0.1:" + this.warmUp.getAddress().getPort() + "/warm-up",
					Browser.init("GET", Map.of("X-Warm-Up", "1"), "omit", null));
			if (this.warmUpPreflights.get() == preflights && preflights > before) {
				return;
			}
		}
		throw new IllegalStateException("Firefox's preflight cache answered none of 10 repeated fetches from " + origin);
	}

	/** The server of the warm-up fetches: it allows whichever origin asks, and counts preflights. */
	private static HttpServer warmUpServer(AtomicInteger preflights) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			if ("OPTIONS".equals(exchange.getRequestMethod())) {
				preflights.incrementAndGet();
				exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "x-warm-up");
				exchange.getResponseHeaders().add("Access-Control-Max-Age", "600");
			}
			String origin = exchange.getRequestHeaders().getFirst("Origin");
			exchange.getResponseHeaders().add("Access-Control-Allow-Origin", (origin != null) ? origin : "null");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		return server;
	}

	/** Reads Firefox's output until it says BiDi listens (then drains the rest in the background). */
	private static void awaitListening(Process process) throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		for (String line; (line = output.readLine()) != null;) {
			seen.add(line);
			if (line.contains("WebDriver BiDi listening on")) {
				Thread drain = new Thread(() -> {
					try {
						while (output.readLine() != null) {
							// Firefox's own chatter (graphics warnings of a headless run)
						}
					}
					catch (IOException ex) {
						// the process ended
					}
				}, "firefox-output");
				drain.setDaemon(true);
				drain.start();
				return;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("Firefox did not start WebDriver BiDi: " + String.join("\n", seen));
	}

	/**
	 * Skips the calling test when Firefox is missing, or fails it under {@code CI=true}.
	 * @param installed whether Firefox is installed
	 * @param ci the value of the {@code CI} environment variable
	 */
	static void requireInstalled(boolean installed, String ci) {
		Browser.requireInstalled(installed, ci,
				"Firefox is not installed (" + FIREFOX + "); install it with: apt-get install -y firefox-esr");
	}

	@Override
	public String engine() {
		return "Firefox";
	}

	@Override
	public void open(String url) {
		send("browsingContext.navigate", Map.of("context", this.context, "url", url, "wait", "complete"));
		warmUpPreflightCache(URI.create(url));
	}

	@Override
	public Object execute(String script) {
		return call("function() { " + script + " }", List.of(), false);
	}

	@Override
	@SuppressWarnings("unchecked")
	public FetchResult fetch(String url, Map<String, Object> init) {
		return Browser.fetchResult((Map<String, Object>) callAsync(FETCH, url, init));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<FetchResult> fetchInOrder(List<Map<String, Object>> calls) {
		List<Object> results = (List<Object>) callAsync(FETCH_IN_ORDER, calls);
		return results.stream().map((result) -> Browser.fetchResult((Map<String, Object>) result)).toList();
	}

	@Override
	@SuppressWarnings("unchecked")
	public WebSocketResult openWebSocket(String url, String message) {
		return Browser.webSocketResult((Map<String, Object>) callAsync(WEBSOCKET, url, message));
	}

	/** Runs a script written for Selenium's asynchronous scripts: its arguments, then {@code done}. */
	private Object callAsync(String script, Object... arguments) {
		String function = "function(...args) { return new Promise((done) => { (function() {\n" + script
				+ "\n}).apply(null, [...args, done]); }); }";
		return call(function, List.of(arguments), true);
	}

	private Object call(String function, List<Object> arguments, boolean awaitPromise) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("functionDeclaration", function);
		params.put("target", Map.of("context", this.context));
		params.put("arguments", arguments.stream().map(FirefoxBrowser::localValue).toList());
		params.put("awaitPromise", awaitPromise);
		Map<String, Object> result = send("script.callFunction", params);
		if ("exception".equals(result.get("type"))) {
			throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
		}
		return remoteValue(result.get("result"));
	}

	/** A Java value as BiDi's {@code script.LocalValue}. */
	private static Object localValue(Object value) {
		if (value == null) {
			return Map.of("type", "null");
		}
		if (value instanceof String string) {
			return Map.of("type", "string", "value", string);
		}
		if (value instanceof Boolean bool) {
			return Map.of("type", "boolean", "value", bool);
		}
		if (value instanceof Number number) {
			return Map.of("type", "number", "value", number);
		}
		if (value instanceof Map<?, ?> map) {
			List<Object> entries = new ArrayList<>();
			map.forEach((key, entry) -> entries.add(List.of(String.valueOf(key), localValue(entry))));
			return Map.of("type", "object", "value", entries);
		}
		if (value instanceof List<?> list) {
			return Map.of("type", "array", "value", list.stream().map(FirefoxBrowser::localValue).toList());
		}
		throw new IllegalArgumentException("no BiDi value for " + value.getClass());
	}

	/** BiDi's {@code script.RemoteValue} as Java: objects as maps, arrays as lists, numbers as Long or Double. */
	private static Object remoteValue(Object remote) {
		Map<?, ?> value = (Map<?, ?>) remote;
		Object content = value.get("value");
		return switch (String.valueOf(value.get("type"))) {
			case "string", "boolean" -> content;
			case "number" -> (content instanceof Number number) ? number : Double.valueOf(String.valueOf(content));
			case "array" -> ((List<?>) content).stream().map(FirefoxBrowser::remoteValue).toList();
			case "object" -> {
				Map<String, Object> map = new LinkedHashMap<>();
				for (Object entry : (List<?>) content) {
					List<?> pair = (List<?>) entry;
					Object key = (pair.get(0) instanceof String name) ? name : remoteValue(pair.get(0));
					map.put(String.valueOf(key), remoteValue(pair.get(1)));
				}
				yield map;
			}
			default -> null; // null, undefined
		};
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> send(String method, Map<String, Object> params) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
		this.pending.put(id, answer);
		try {
			this.socket.sendText(this.json.toJson(Map.of("id", id, "method", method, "params", params)), true)
				.get(30, TimeUnit.SECONDS);
			Map<String, Object> message = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if ("error".equals(message.get("type"))) {
				throw new IllegalStateException(method + " failed: " + message.get("error") + ": " + message.get("message"));
			}
			return (Map<String, Object>) message.get("result");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(method + " got no answer from Firefox", ex);
		}
		finally {
			this.pending.remove(id);
		}
	}

	@Override
	public void close() {
		try {
			send("browser.close", Map.of());
		}
		catch (RuntimeException ex) {
			// the browser may end before it answers
		}
		this.socket.abort();
		this.warmUp.stop(0);
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Browser.deleteProfile(this.profile);
	}

	/** Collects each message's fragments and completes the command it answers (events are ignored). */
	private final class Messages implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		@SuppressWarnings("unchecked")
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				Map<String, Object> message = FirefoxBrowser.this.json.toType(this.text.toString(), Map.class);
				this.text.setLength(0);
				if (message.get("id") instanceof Number id) {
					CompletableFuture<Map<String, Object>> answer = FirefoxBrowser.this.pending.get(id.intValue());
					if (answer != null) {
						answer.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

}
