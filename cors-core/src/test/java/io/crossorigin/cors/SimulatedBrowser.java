package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;

/**
 * Plays a browser's fetch against the engine: the preflight when the browser model says one is
 * needed, then the actual request, each answer judged by the browser model's CORS checks.
 */
final class SimulatedBrowser {

	/** A controller behind the engine answers 200 to whatever reaches it. */
	private static final int HANDLER_STATUS = 200;

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy policy;

	SimulatedBrowser(CorsPolicy policy) {
		this.policy = policy;
	}

	Outcome fetch(BrowserRequest request) {
		List<TestResponse> responses = new ArrayList<>();
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(request, (method, headers) -> {
			TestRequest sent = TestRequest.method(method);
			headers.forEach((header) -> sent.header(header.name(), header.value()));
			TestResponse response = new TestResponse();
			CorsDecision decision = this.engine.decide(this.policy, sent, response);
			responses.add(response);
			return toBrowser(decision.isPreflight() ? decision.status() : HANDLER_STATUS, response);
		});
		return new Outcome(outcome.preflighted(), outcome.readable(), outcome.failure(), responses);
	}

	static BrowserResponse toBrowser(int status, TestResponse response) {
		List<HeaderField> fields = new ArrayList<>();
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			fields.add(new HeaderField(header.getKey(), header.getValue()));
		}
		return new BrowserResponse(status, fields);
	}

	/**
	 * What the page saw.
	 * @param preflighted whether a preflight was sent
	 * @param readable whether the page could read the response
	 * @param failure the browser's reason when it could not
	 * @param responses every response the engine prepared, preflight first
	 */
	record Outcome(boolean preflighted, boolean readable, String failure, List<TestResponse> responses) {
	}

}
