package io.crossorigin.cors.samples.mvc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.samples.playground.ChromiumBrowser;
import io.crossorigin.cors.samples.playground.ProbeLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's browser model against a real Chromium, over generated cases (page origin x method x
 * request headers x credentials mode x policy). For each case the model predicts, from the very
 * responses the server gives, whether a preflight is sent, whether the page can read the response
 * and which headers it can read; Chromium then runs the same {@code fetch()}. They must agree on
 * every case; the agreement figure is printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cors.policies.d-strict.path-patterns=/diff/strict/**", "cors.policies.d-strict.allowed-origins=http://localhost:*",
		"cors.policies.d-strict.allowed-methods=GET", "cors.policies.d-strict.allowed-headers=X-Request-Id",
		"cors.policies.d-creds.path-patterns=/diff/creds/**",
		"cors.policies.d-creds.allowed-origins=http://localhost:*,http://app.test:*",
		"cors.policies.d-creds.allowed-methods=GET,POST,PUT", "cors.policies.d-creds.allowed-headers=Content-Type,Authorization",
		"cors.policies.d-creds.exposed-headers=X-Trace", "cors.policies.d-creds.allow-credentials=true",
		"cors.policies.d-creds.allow-insecure-origins=true", "cors.policies.d-any.path-patterns=/diff/any/**",
		"cors.policies.d-any.allowed-origins=*", "cors.policies.d-any.allowed-methods=*",
		"cors.policies.d-any.allowed-headers=*", "cors.policies.d-any.exposed-headers=*",
		"cors.policies.d-anycreds.path-patterns=/diff/anycreds/**", "cors.policies.d-anycreds.allowed-origins=http://app.test:*",
		"cors.policies.d-anycreds.allowed-methods=*", "cors.policies.d-anycreds.allowed-headers=*",
		"cors.policies.d-anycreds.exposed-headers=X-Trace,X-Other", "cors.policies.d-anycreds.allow-credentials=true",
		"cors.policies.d-anycreds.allow-insecure-origins=true" })
@Import(BrowserModelDifferentialTests.DiffController.class)
class BrowserModelDifferentialTests {

	static final int CASES = 240;

	static final List<String> PAGES = List.of("localhost", "app.test", "evil.test");

	static final List<String> POLICIES = List.of("strict", "creds", "any", "anycreds");

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

	static final List<String[]> HEADERS = List.of(new String[] { "Content-Type", "text/plain" },
			new String[] { "Content-Type", "application/json" }, new String[] { "X-Request-Id", "7" },
			new String[] { "Authorization", "Bearer token" }, new String[] { "Accept", "application/json" },
			new String[] { "Range", "bytes=0-10" }, new String[] { "Accept-Language", "en-US" },
			new String[] { "X-Custom", "value" });

	static final List<String> CREDENTIALS = List.of("omit", "same-origin", "include");

	private static ChromiumBrowser browser;

	@LocalServerPort
	int port;

	@Autowired
	ProbeLog probes;

	@BeforeAll
	static void startBrowser() {
		browser = ChromiumBrowser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void browserModelPredictsWhatChromiumDoes() throws IOException, InterruptedException {
		Random random = new Random(20261121);
		List<String> disagreements = new ArrayList<>();
		int readable = 0;
		int preflighted = 0;
		String openPage = null;
		for (int i = 0; i < CASES; i++) {
			String page = PAGES.get(random.nextInt(PAGES.size()));
			String policy = POLICIES.get(random.nextInt(POLICIES.size()));
			String method = METHODS.get(random.nextInt(METHODS.size()));
			String credentials = CREDENTIALS.get(random.nextInt(CREDENTIALS.size()));
			Map<String, String> headers = new LinkedHashMap<>();
			for (int h = random.nextInt(4); h > 0; h--) {
				String[] header = HEADERS.get(random.nextInt(HEADERS.size()));
				headers.putIfAbsent(header[0], header[1]);
			}
			String origin = "http://" + page + ":" + this.port;
			String url = "http://127.0.0.1:" + this.port + "/diff/" + policy + "/case" + i + "?probe=d" + i + "x"
					+ System.nanoTime();
			BrowserRequest request = browserRequest(origin, method, headers, credentials);
			BrowserCorsCheck.FetchOutcome predicted = predict(request, url);

			if (!page.equals(openPage)) {
				browser.open(origin + "/");
				openPage = page;
			}
			ChromiumBrowser.FetchResult actual = browser.fetch(url, ChromiumBrowser.init(method, headers, credentials, null));
			boolean preflightSeen = this.probes.exchanges(probe(url)).stream().anyMatch(ProbeLog.Exchange::preflight);
			Set<String> readableHeaders = actual.readable() ? new TreeSet<>(actual.headers().keySet()) : Set.of();

			String description = "case " + i + ": " + method + " " + policy + " from " + page + " headers " + headers.keySet()
					+ " credentials " + credentials;
			if (predicted.readable() != actual.readable() || predicted.preflighted() != preflightSeen
					|| !predicted.readableHeaderNames().equals(readableHeaders)) {
				disagreements.add(description + ": model " + predicted + ", Chromium readable=" + actual.readable()
						+ " preflight=" + preflightSeen + " headers=" + readableHeaders + " " + actual.error());
			}
			readable += actual.readable() ? 1 : 0;
			preflighted += preflightSeen ? 1 : 0;
		}
		int agreed = CASES - disagreements.size();
		System.out.printf("Browser model vs Chromium: %d/%d cases agree (%.1f%%) on preflight, readability and readable"
				+ " headers; Chromium read %d responses and sent %d preflights%n", agreed, CASES, 100.0 * agreed / CASES,
				readable, preflighted);
		disagreements.forEach(System.out::println);
		assertThat(readable).as("cases the browser could read").isBetween(CASES / 10, CASES - CASES / 10);
		assertThat(preflighted).as("cases with a preflight").isBetween(CASES / 10, CASES - CASES / 10);
		assertThat(disagreements).isEmpty();
	}

	private static BrowserRequest browserRequest(String origin, String method, Map<String, String> headers,
			String credentials) {
		BrowserRequest request = BrowserRequest.of(origin, method).withCredentials(switch (credentials) {
			case "include" -> CredentialsMode.INCLUDE;
			case "omit" -> CredentialsMode.OMIT;
			default -> CredentialsMode.SAME_ORIGIN;
		});
		for (Map.Entry<String, String> header : headers.entrySet()) {
			request = request.withHeader(header.getKey(), header.getValue());
		}
		return request;
	}

	/** The model, fed the responses the server really gives to the requests the model says a browser sends. */
	private static BrowserCorsCheck.FetchOutcome predict(BrowserRequest request, String url) {
		URI uri = URI.create(url.replace("probe=", "model="));
		return BrowserCorsCheck.fetch(request, (method, headers) -> {
			try {
				return send(uri, method, headers);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Sends the request over a plain socket and reads the status line and header block exactly as
	 * the server wrote them (an HTTP client library would hide hop-by-hop headers such as
	 * {@code Connection} and {@code Keep-Alive}, which a browser's script can read under {@code *}).
	 */
	private static BrowserResponse send(URI uri, String method, List<HeaderField> headers) throws IOException {
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder().append(method).append(' ').append(uri.getRawPath()).append('?')
				.append(uri.getRawQuery()).append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':')
				.append(uri.getPort()).append("\r\nConnection: keep-alive\r\n"); // as Chromium sends it
			headers.forEach((header) -> request.append(header.name()).append(": ").append(header.value()).append("\r\n"));
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
	}

	private static String probe(String url) {
		return url.substring(url.indexOf("probe=") + "probe=".length());
	}

	/** Answers every method on every differential path, with a few headers to expose or hide. */
	@RestController
	static class DiffController {

		@RequestMapping("/diff/**")
		ResponseEntity<String> any() {
			return ResponseEntity.ok()
				.header("X-Trace", "1")
				.header("X-Other", "2")
				.header("X-Hidden", "3")
				.header("Cache-Control", "no-store")
				.header("Content-Language", "en")
				.body("diff");
		}

	}

}
