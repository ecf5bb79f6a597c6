package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CorsCheckResult;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightResult;

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
		boolean preflighted = BrowserCorsCheck.needsPreflight(request);
		if (preflighted) {
			TestRequest preflight = TestRequest.method("OPTIONS");
			for (HeaderField header : BrowserCorsCheck.preflightRequestHeaders(request)) {
				preflight.header(header.name(), header.value());
			}
			TestResponse response = new TestResponse();
			CorsDecision decision = this.engine.decide(this.policy, preflight, response);
			responses.add(response);
			int status = decision.isPreflight() ? decision.status() : HANDLER_STATUS;
			PreflightResult result = BrowserCorsCheck.checkPreflightResponse(request, toBrowser(status, response));
			if (!result.passed()) {
				return new Outcome(true, false, result.failure(), responses);
			}
		}
		TestRequest actual = TestRequest.method(request.method());
		for (HeaderField header : BrowserCorsCheck.actualRequestHeaders(request)) {
			actual.header(header.name(), header.value());
		}
		TestResponse response = new TestResponse();
		this.engine.decide(this.policy, actual, response);
		responses.add(response);
		CorsCheckResult result = BrowserCorsCheck.checkActualResponse(request, toBrowser(HANDLER_STATUS, response));
		return new Outcome(preflighted, result.passed(), result.failure(), responses);
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
