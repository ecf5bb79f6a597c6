package io.crossorigin.cors.samples.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;

/**
 * Explains a playground request, same-origin for the page: what the server saw and decided for its
 * probe, and what the core's browser model predicts a browser does with those very responses.
 */
@RestController
public class PlaygroundController {

	private final ProbeLog probes;

	public PlaygroundController(ProbeLog probes) {
		this.probes = probes;
	}

	@PostMapping("/playground/explain")
	public Explanation explain(@RequestBody Question question) {
		List<ProbeLog.Exchange> exchanges = this.probes.exchanges(question.probe());
		BrowserRequest request;
		try {
			request = question.toBrowserRequest();
		}
		catch (IllegalArgumentException ex) {
			return new Explanation(exchanges, new Prediction(false, false, "fetch() refuses this request: " + ex.getMessage(),
					List.of()));
		}
		return new Explanation(exchanges, predict(request, exchanges));
	}

	/** The model's verdict on the responses the server actually sent for this probe. */
	static Prediction predict(BrowserRequest request, List<ProbeLog.Exchange> exchanges) {
		BrowserCorsCheck.FetchOutcome outcome = BrowserCorsCheck.fetch(request,
				(method, headers) -> recorded(exchanges, isPreflight(headers)));
		return new Prediction(outcome.preflighted(), outcome.readable(),
				outcome.readable() ? "the page can read the response" : outcome.failure(),
				List.copyOf(outcome.readableHeaderNames()));
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
	 */
	public record Question(String probe, String origin, String method, Map<String, String> headers, String credentials) {

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
	 */
	public record Prediction(boolean preflight, boolean readable, String reason, List<String> readableHeaders) {
	}

	/**
	 * The answer to the page.
	 *
	 * @param exchanges what the server saw and decided
	 * @param prediction what the browser model predicts
	 */
	public record Explanation(List<ProbeLog.Exchange> exchanges, Prediction prediction) {
	}

}
