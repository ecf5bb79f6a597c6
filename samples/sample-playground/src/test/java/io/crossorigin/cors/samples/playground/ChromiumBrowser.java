package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
public final class ChromiumBrowser implements Browser {

	/** Debian's Chromium. */
	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Debian's ChromeDriver. */
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
		Browser.requireInstalled(installed, ci, "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "); install it with: apt-get install -y chromium chromium-driver");
	}

	/**
	 * Loads a page: the origin that later fetches run from.
	 * @param url the page
	 */
	@Override
	public void open(String url) {
		this.driver.get(url);
	}

	/**
	 * The script in the current page.
	 * @param script JavaScript returning a value
	 * @return its result
	 */
	@Override
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
	@Override
	public FetchResult fetch(String url, Map<String, Object> init) {
		return Browser.fetchResult((Map<String, Object>) this.driver.executeAsyncScript(FETCH, url, init));
	}

	/**
	 * Calls {@code fetch()} from the current page for each call in turn, each awaited before the
	 * next starts (one round trip to the browser for all of them).
	 * @param calls each with its {@code url} and {@code init} (see {@link #init})
	 * @return what the page's script could see of each, in order
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<FetchResult> fetchInOrder(List<Map<String, Object>> calls) {
		List<Object> results = (List<Object>) this.driver.executeAsyncScript(FETCH_IN_ORDER, calls);
		return results.stream().map((result) -> Browser.fetchResult((Map<String, Object>) result)).toList();
	}

	/**
	 * Opens a WebSocket from the current page, waits for the server's first message, then sends one
	 * message and waits for the answer (within 5 seconds).
	 * @param url the {@code ws://} URL
	 * @param message the message sent once the server has spoken
	 * @return what the page's script could see
	 */
	@SuppressWarnings("unchecked")
	@Override
	public WebSocketResult openWebSocket(String url, String message) {
		return Browser.webSocketResult((Map<String, Object>) this.driver.executeAsyncScript(WEBSOCKET, url, message));
	}

	@Override
	public String engine() {
		return "Chromium";
	}

	@Override
	public void close() {
		this.driver.quit();
		Browser.deleteProfile(this.profile);
	}

}
