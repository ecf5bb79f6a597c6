package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.crossorigin.cors.CorsDecision.Kind;
import io.crossorigin.cors.CorsEngineProperties.PolicyCase;
import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.internal.origin.OriginSyntax;

import static io.crossorigin.cors.FuzzInput.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole decision under fuzzing: a policy from fuzzed settings, a request from fuzzed headers.
 * Input lines: the policy (a flags byte, then one byte per origin entry picked from the property
 * tests' entries), the method, {@code Origin}, {@code Access-Control-Request-Method} and
 * {@code Access-Control-Request-Headers}. Invariants, not just "no exception": no origin outside
 * the policy reflected (judged by the property tests' own reference matcher), no control
 * character in any value written, never {@code *} with credentials, a rejected preflight writes no
 * {@code Access-Control-*} header, the browser model's CORS check passes exactly when the engine
 * allowed an actual request, and bounded time.
 */
class EngineFuzzTests {

	private static final List<String> ENTRIES = new ArrayList<>();

	static {
		ENTRIES.addAll(CorsEngineProperties.EXACT_ORIGINS);
		ENTRIES.addAll(CorsEngineProperties.PATTERNS);
		ENTRIES.add("*");
		ENTRIES.add("null");
	}

	private static final List<String> EXPOSED = List.of("X-Total-Count", "X-Trace");

	private final CorsEngine engine = new CorsEngine();

	@FuzzTest(maxDuration = "10m")
	void decisionKeepsItsInvariants(byte[] input) {
		List<String> fields = FuzzInput.fields(input);
		PolicyCase policy = policy(field(fields, 0));
		String method = field(fields, 1);
		String origin = field(fields, 2);
		String requestMethod = field(fields, 3);
		String requestHeaders = field(fields, 4);
		if (method == null || method.isEmpty()) {
			method = "GET";
		}
		TestRequest request = TestRequest.method(method);
		if (origin != null) {
			request.origin(origin);
		}
		if (requestMethod != null) {
			request.header(CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD, requestMethod);
		}
		if (requestHeaders != null) {
			request.requestHeaders(requestHeaders);
		}
		TestResponse response = new TestResponse();

		long start = System.nanoTime();
		CorsDecision decision = this.engine.decide(policy.policy(), request, response);
		assertThat(System.nanoTime() - start).as("nanoseconds for one decision").isLessThan(1_000_000_000L);

		Map<String, String> headers = response.headers();
		headers.forEach((name, value) -> assertThat(value.chars()).as(name).noneMatch((c) -> c < 0x20 || c == 0x7F));
		String allowOrigin = response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		if (allowOrigin != null && !allowOrigin.equals("*")) {
			assertThat(allowOrigin).isEqualTo(origin);
			assertThat(policy.allowsOrigin(origin) && CorsEngineProperties.isCanonicalForTest(origin))
				.as("reflected %s, outside %s", origin, policy.origins()).isTrue();
		}
		if ("*".equals(allowOrigin) || "*".equals(response.get(CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS))) {
			assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
		}
		if (decision.kind() == Kind.PREFLIGHT_REJECTED) {
			assertThat(response.accessControlHeaders()).isEmpty();
		}
		if (decision.kind() == Kind.PREFLIGHT_ACCEPTED) {
			assertThat(allowOrigin).isNotNull();
		}
		if (!decision.isPreflight() && decision.kind() != Kind.NOT_CORS && OriginSyntax.isCanonical(origin)) {
			browserAgrees(policy, origin, method, decision, response);
		}
	}

	/** The browser model's CORS check on the response passes exactly when the engine allowed the request. */
	private static void browserAgrees(PolicyCase policy, String origin, String method, CorsDecision decision,
			TestResponse response) {
		BrowserRequest browserRequest;
		try {
			browserRequest = BrowserRequest.of(origin, method)
				.withCredentials(policy.credentials() ? CredentialsMode.INCLUDE : CredentialsMode.OMIT);
		}
		catch (IllegalArgumentException ex) {
			// a method no browser sends (not a token, or forbidden): nothing to compare
			return;
		}
		boolean passes = BrowserCorsCheck.checkActualResponse(browserRequest, SimulatedBrowser.toBrowser(200, response))
			.passed();
		assertThat(passes).as("browser check on %s for %s", response.headers(), decision).isEqualTo(decision.isAllowed());
	}

	/** A policy from the first line: a flags byte, then one byte per origin entry. */
	static PolicyCase policy(String line) {
		int flags = (line == null || line.isEmpty()) ? 0 : line.charAt(0);
		boolean credentials = (flags & 1) != 0;
		List<String> origins = new ArrayList<>();
		for (int i = 1; line != null && i < line.length() && origins.size() < 4; i++) {
			String entry = ENTRIES.get(line.charAt(i) % ENTRIES.size());
			if (!origins.contains(entry) && !(credentials && entry.equals("*"))) {
				origins.add(entry);
			}
		}
		if (origins.isEmpty()) {
			origins.add(ENTRIES.get(0));
		}
		List<String> methods = ((flags & 4) != 0) ? List.of("*") : List.of("GET", "POST", "PUT");
		List<String> headers = ((flags & 8) != 0) ? List.of("*") : List.of("Content-Type", "X-Request-Id");
		List<String> exposed = ((flags & 16) != 0 && !credentials) ? List.of("*") : EXPOSED;
		boolean privateNetwork = (flags & 2) != 0;
		CorsEngineProperties.Settings settings = new CorsEngineProperties.Settings(origins, methods, headers, exposed,
				credentials, privateNetwork);
		return new PolicyCase(settings.build(), origins, methods, headers, exposed, credentials, privateNetwork);
	}

}
