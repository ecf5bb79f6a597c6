package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser engine driven by the tests: a page is opened, and scripts in it call
 * {@code fetch()} or open a WebSocket; only what the page's script can see comes back.
 * {@link ChromiumBrowser} (through ChromeDriver) and {@link FirefoxBrowser} (WebDriver BiDi).
 */
public interface Browser extends AutoCloseable {

	/** Runs {@code fetch()} in the page and reports only what a script can see of the outcome. */
	String FETCH = """
			const [url, init, done] = arguments;
			fetch(url, init).then(async (response) => {
			  const headers = {};
			  response.headers.forEach((value, name) => { headers[name] = value; });
			  done({ readable: true, status: response.status, headers, body: await response.text() });
			}).catch((error) => done({ readable: false, error: error.name + ': ' + error.message }));
			""";

	/** Runs {@code fetch()} calls one after another, each awaited, and reports each as {@link #FETCH} does. */
	String FETCH_IN_ORDER = """
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
	String WEBSOCKET = """
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

	/**
	 * The engine's name, as reports print it.
	 * @return e.g. {@code Chromium}
	 */
	String engine();

	/**
	 * Loads a page: the origin that later fetches run from.
	 * @param url the page
	 */
	void open(String url);

	/**
	 * The script in the current page.
	 * @param script JavaScript returning a value
	 * @return its result
	 */
	Object execute(String script);

	/**
	 * Calls {@code fetch(url, init)} from the current page.
	 * @param url the URL
	 * @param init the {@code RequestInit}: method, headers, credentials, body...
	 * @return what the page's script could see
	 */
	FetchResult fetch(String url, Map<String, Object> init);

	/**
	 * Calls {@code fetch()} from the current page for each call in turn, each awaited before the
	 * next starts (one round trip to the browser for all of them).
	 * @param calls each with its {@code url} and {@code init} (see {@link #init})
	 * @return what the page's script could see of each, in order
	 */
	List<FetchResult> fetchInOrder(List<Map<String, Object>> calls);

	/**
	 * Opens a WebSocket from the current page, waits for the server's first message, then sends one
	 * message and waits for the answer (within 5 seconds).
	 * @param url the {@code ws://} URL
	 * @param message the message sent once the server has spoken
	 * @return what the page's script could see
	 */
	WebSocketResult openWebSocket(String url, String message);

	@Override
	void close();

	/**
	 * A {@code RequestInit} for {@link #fetch(String, Map)}.
	 * @param method the method
	 * @param headers the request headers
	 * @param credentials omit, same-origin or include
	 * @param body the body, or null
	 * @return the init object
	 */
	static Map<String, Object> init(String method, Map<String, String> headers, String credentials, String body) {
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

	@SuppressWarnings("unchecked")
	static FetchResult fetchResult(Map<String, Object> result) {
		if (!Boolean.TRUE.equals(result.get("readable"))) {
			return new FetchResult(false, 0, Map.of(), null, (String) result.get("error"));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		((Map<String, Object>) result.get("headers")).forEach((name, value) -> headers.put(name, String.valueOf(value)));
		return new FetchResult(true, ((Number) result.get("status")).intValue(), headers, (String) result.get("body"), null);
	}

	/**
	 * Skips the calling test when an engine is missing, or fails it under {@code CI=true}.
	 * @param installed whether the engine is installed
	 * @param ci the value of the {@code CI} environment variable
	 * @param missing what is missing and how to install it
	 */
	static void requireInstalled(boolean installed, String ci, String missing) {
		if (installed) {
			return;
		}
		if ("true".equals(ci)) {
			Assertions.fail(missing + ". CI must run the browser tests.");
		}
		Assumptions.abort(missing + ". Skipping the browser tests.");
	}

	/**
	 * Deletes a temporary profile once its browser has ended (a leftover is harmless).
	 * @param profile the profile's directory
	 */
	static void deleteProfile(Path profile) {
		try (var files = Files.walk(profile)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

	static WebSocketResult webSocketResult(Map<String, Object> result) {
		return new WebSocketResult(Boolean.TRUE.equals(result.get("opened")), Boolean.TRUE.equals(result.get("errored")),
				(String) result.get("greeting"), (String) result.get("received"));
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
