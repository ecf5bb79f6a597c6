package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver (nothing is downloaded), for
 * tests that ask "will the browser let the page read this". Hosts under {@code .test} resolve to
 * 127.0.0.1, so a test can serve pages from as many distinct origins as it needs on loopback.
 *
 * <p>Where Chromium is missing the calling test is skipped with a message; under {@code CI=true}
 * a missing Chromium fails it instead.
 */
public final class ChromiumBrowser implements AutoCloseable {

	/** Debian's Chromium. */
	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Debian's ChromeDriver. */
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Runs {@code fetch()} in the page and reports only what a script can see of the outcome. */
	private static final String FETCH = """
			const [url, init, done] = arguments;
			fetch(url, init).then(async (response) => {
			  const headers = {};
			  response.headers.forEach((value, name) => { headers[name] = value; });
			  done({ readable: true, status: response.status, headers, body: await response.text() });
			}).catch((error) => done({ readable: false, error: error.name + ': ' + error.message }));
			""";

	/** Runs {@code fetch()} calls one after another, each awaited, and reports each as {@link #FETCH} does. */
	private static final String FETCH_IN_ORDER = """
			const [calls, done] = arguments;
			(async () => {
			  const results = [];
			  for (const call of calls) {
			    try {
			      const response = await fetch(call.url, { ...call.init, signal: AbortSignal.timeout(5000) });
			      const headers = {};
			      response.headers.forEach((value, name) => { headers[name] = value; });
			      results.push({ readable: true, status: response.status, headers, body: await response.text() });
			    }
			    catch (error) {
			      results.push({ readable: false, error: error.name + ': ' + error.message });
			    }
			  }
			  done(results);
			})();
			""";

	/**
	 * Opens {@code new WebSocket(url)} in the page, sends one message once open, and reports the
	 * first message back, or how the socket ended: all a script can see (a refused handshake is an
	 * {@code error} then a {@code close} event, without the status).
	 */
	private static final String WEBSOCKET = """
			const [url, message, done] = arguments;
			let opened = false, errored = false, finished = false, greeting = null;
			const finish = (result) => { if (!finished) { finished = true; done({ opened, errored, greeting, ...result }); } };
			const timer = setTimeout(() => finish({ timedOut: true }), 5000);
			const socket = new WebSocket(url);
			socket.onopen = () => { opened = true; };
			socket.onmessage = (event) => {
				if (greeting === null) { greeting = event.data; socket.send(message); return; }
				clearTimeout(timer); socket.close(); finish({ received: event.data });
			};
			socket.onerror = () => { errored = true; };
			socket.onclose = (event) => { clearTimeout(timer); finish({ closeCode: event.code }); };
			""";

	private final ChromeDriver driver;

	private final Path profile;

	private ChromiumBrowser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a fresh headless Chromium, or skips the test (fails it under {@code CI=true}) when
	 * Chromium or ChromeDriver is not installed.
	 * @return the browser
	 */
	public static ChromiumBrowser start() {
		requireInstalled(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), System.getenv("CI"));
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
					"--disable-dev-shm-usage", "--ignore-certificate-errors", "--user-data-dir=" + profile, "--host-resolver-rules=MAP *.test 127.0.0.1");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new ChromiumBrowser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Skips the calling test when Chromium is missing, or fails it under {@code CI=true}.
	 * @param installed whether Chromium and ChromeDriver are installed
	 * @param ci the value of the {@code CI} environment variable
	 */
	static void requireInstalled(boolean installed, String ci) {
		if (installed) {
			return;
		}
		String missing = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "); install it with: apt-get install -y chromium chromium-driver";
		if ("true".equals(ci)) {
			Assertions.fail(missing + ". CI must run the browser tests.");
		}
		Assumptions.abort(missing + ". Skipping the browser tests.");
	}

	/**
	 * Loads a page: the origin that later fetches run from.
	 * @param url the page
	 */
	public void open(String url) {
		this.driver.get(url);
	}

	/**
	 * The script in the current page.
	 * @param script JavaScript returning a value
	 * @return its result
	 */
	public Object execute(String script) {
		return this.driver.executeScript(script);
	}

	/**
	 * Calls {@code fetch(url, init)} from the current page.
	 * @param url the URL
	 * @param init the {@code RequestInit}: method, headers, credentials, body...
	 * @return what the page's script could see
	 */
	@SuppressWarnings("unchecked")
	public FetchResult fetch(String url, Map<String, Object> init) {
		return result((Map<String, Object>) this.driver.executeAsyncScript(FETCH, url, init));
	}

	/**
	 * Calls {@code fetch()} from the current page for each call in turn, each awaited before the
	 * next starts (one round trip to the browser for all of them).
	 * @param calls each with its {@code url} and {@code init} (see {@link #init})
	 * @return what the page's script could see of each, in order
	 */
	@SuppressWarnings("unchecked")
	public List<FetchResult> fetchInOrder(List<Map<String, Object>> calls) {
		List<Object> results = (List<Object>) this.driver.executeAsyncScript(FETCH_IN_ORDER, calls);
		return results.stream().map((result) -> result((Map<String, Object>) result)).toList();
	}

	/**
	 * Opens a WebSocket from the current page, waits for the server's first message, then sends one
	 * message and waits for the answer (within 5 seconds).
	 * @param url the {@code ws://} URL
	 * @param message the message sent once the server has spoken
	 * @return what the page's script could see
	 */
	@SuppressWarnings("unchecked")
	public WebSocketResult openWebSocket(String url, String message) {
		Map<String, Object> result = (Map<String, Object>) this.driver.executeAsyncScript(WEBSOCKET, url, message);
		return new WebSocketResult(Boolean.TRUE.equals(result.get("opened")), Boolean.TRUE.equals(result.get("errored")),
				(String) result.get("greeting"), (String) result.get("received"));
	}

	@SuppressWarnings("unchecked")
	private static FetchResult result(Map<String, Object> result) {
		if (!Boolean.TRUE.equals(result.get("readable"))) {
			return new FetchResult(false, 0, Map.of(), null, (String) result.get("error"));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		((Map<String, Object>) result.get("headers")).forEach((name, value) -> headers.put(name, String.valueOf(value)));
		return new FetchResult(true, ((Number) result.get("status")).intValue(), headers, (String) result.get("body"), null);
	}

	/**
	 * A {@code RequestInit} for {@link #fetch(String, Map)}.
	 * @param method the method
	 * @param headers the request headers
	 * @param credentials omit, same-origin or include
	 * @param body the body, or null
	 * @return the init object
	 */
	public static Map<String, Object> init(String method, Map<String, String> headers, String credentials, String body) {
		Map<String, Object> init = new LinkedHashMap<>();
		init.put("method", method);
		init.put("mode", "cors");
		init.put("headers", headers);
		init.put("credentials", credentials);
		if (body != null) {
			init.put("body", body);
		}
		return init;
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			List<Path> paths = files.sorted(java.util.Comparator.reverseOrder()).toList();
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

	/**
	 * What a page's script saw of a WebSocket.
	 *
	 * @param opened whether {@code onopen} fired
	 * @param errored whether {@code onerror} fired
	 * @param greeting the server's first message, if any
	 * @param received the server's answer to the message sent, if any
	 */
	public record WebSocketResult(boolean opened, boolean errored, String greeting, String received) {
	}

	/**
	 * What a page's script saw of a {@code fetch()}.
	 *
	 * @param readable whether the promise resolved (the browser let the page read the response)
	 * @param status the status, when readable
	 * @param headers the response headers the script could read, names in lower case
	 * @param body the body, when readable
	 * @param error the rejection, when not readable
	 */
	public record FetchResult(boolean readable, int status, Map<String, String> headers, String body, String error) {
	}

}
