package io.crossorigin.cors.samples.playground;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightCache;

/**
 * Explains a playground request, same-origin for the page: what the server saw and decided for its
 * probe, and what the core's browser model predicts a browser does with those very responses.
 */
@RestController
public class PlaygroundController {

	private static final int REMEMBERED_BROWSERS = 200;

	private final ProbeLog probes;

	/** The model's preflight cache for each probe, as the page's browser keeps one for the probe's URL. */
	private final Map<String, PreflightCache> caches = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreflightCache> eldest) {
			return size() > REMEMBERED_BROWSERS;
		}

	});

	public PlaygroundController(ProbeLog probes) {
		this.probes = probes;
	}

	@PostMapping("/playground/explain")
	public Explanation explain(@RequestBody Question question) {
		List<ProbeLog.Exchange> all = this.probes.exchanges(question.probe());
		int seen = Math.min(Math.max(question.seen(), 0), all.size());
		List<ProbeLog.Exchange> exchanges = all.subList(seen, all.size());
		BrowserRequest request;
		try {
			request = question.toBrowserRequest();
		}
		catch (IllegalArgumentException ex) {
			return new Explanation(exchanges, new Prediction(false, false, "fetch() refuses this request: " + ex.getMessage(),
					List.of(), false, rulesOf(question.profile())), all.size());
		}
		PreflightCache cache = this.caches.computeIfAbsent(String.valueOf(question.probe()),
				(probe) -> new PreflightCache(question.profile()));
		synchronized (cache) {
			return new Explanation(exchanges, predict(request, exchanges, cache, Instant.now()), all.size());
		}
	}

	/**
	 * The model's verdict on the responses the server sent for this send of the probe, by a browser
	 * whose preflight cache remembers the probe's earlier sends (the same URL).
	 */
	private static Prediction predict(BrowserRequest request, List<ProbeLog.Exchange> exchanges, PreflightCache cache,
			Instant now) {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(request, "probe",
				(method, headers) -> recorded(exchanges, isPreflight(headers)), cache, now);
		boolean fromCache = BrowserCorsCheck.needsPreflight(request) && !outcome.preflighted();
		return new Prediction(outcome.preflighted(), outcome.readable(),
				outcome.readable() ? "the page can read the response" : outcome.failure(),
				List.copyOf(outcome.readableHeaderNames()), fromCache, rulesOf(cache.profile()));
	}

	private static String rulesOf(BrowserProfile profile) {
		return (profile == BrowserProfile.FIREFOX) ? "Firefox" : "Chromium";
	}

	private static boolean isPreflight(List<HeaderField> headers) {
		return headers.stream().anyMatch((header) -> header.name().equalsIgnoreCase("Access-Control-Request-Method"));
	}

	/** The response the server recorded to the preflight, or to the actual request. */
	private static BrowserResponse recorded(List<ProbeLog.Exchange> exchanges, boolean preflight) {
		for (ProbeLog.Exchange exchange : exchanges) {
			if (exchange.preflight() == preflight) {
				List<HeaderField> fields = new ArrayList<>();
				exchange.responseHeaders()
					.forEach((name, values) -> values.forEach((value) -> fields.add(new HeaderField(name, value))));
				return new BrowserResponse(exchange.status(), fields);
			}
		}
		return null;
	}

	/**
	 * The request the page made.
	 *
	 * @param probe the probe id in its query
	 * @param origin the page's origin
	 * @param method the method
	 * @param headers the author request headers
	 * @param credentials the credentials mode: omit, same-origin or include
	 * @param seen how many of the probe's exchanges earlier sends of it accounted for (0 on the first)
	 * @param engine the page's engine as it shows it (e.g. {@code Firefox 153 (Gecko)}), or null
	 */
	public record Question(String probe, String origin, String method, Map<String, String> headers, String credentials,
			int seen, String engine) {

		/**
		 * The model's rules for the page's engine: Firefox's in Firefox, Chromium's in any other.
		 * @return the profile the prediction is judged with
		 */
		BrowserProfile profile() {
			return (this.engine != null && this.engine.startsWith("Firefox")) ? BrowserProfile.FIREFOX : BrowserProfile.CHROMIUM;
		}

		BrowserRequest toBrowserRequest() {
			BrowserRequest request = BrowserRequest.of(this.origin, this.method)
				.withCredentials(switch (String.valueOf(this.credentials)) {
					case "include" -> CredentialsMode.INCLUDE;
					case "omit" -> CredentialsMode.OMIT;
					default -> CredentialsMode.SAME_ORIGIN;
				});
			if (this.headers != null) {
				for (Map.Entry<String, String> header : this.headers.entrySet()) {
					request = request.withHeader(header.getKey(), header.getValue());
				}
			}
			return request;
		}

	}

	/**
	 * What the browser model predicts.
	 *
	 * @param preflight whether a preflight is sent first
	 * @param readable whether the page can read the response
	 * @param reason why
	 * @param readableHeaders the response header names a script can read
	 * @param preflightFromCache whether the request needs a preflight that the browser's preflight
	 * cache answers, from an earlier send of the same request
	 * @param rules whose rules the model judged with: {@code Firefox} or {@code Chromium}
	 */
	public record Prediction(boolean preflight, boolean readable, String reason, List<String> readableHeaders,
			boolean preflightFromCache, String rules) {
	}

	/**
	 * The answer to the page.
	 *
	 * @param exchanges what the server saw and decided for this send
	 * @param prediction what the browser model predicts
	 * @param seen how many exchanges the probe has had so far, for the next send of it
	 */
	public record Explanation(List<ProbeLog.Exchange> exchanges, Prediction prediction, int seen) {
	}

}
