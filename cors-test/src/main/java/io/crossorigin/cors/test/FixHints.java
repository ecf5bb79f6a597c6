package io.crossorigin.cors.test;

import io.crossorigin.cors.browser.CorsFailure;

/**
 * What to change when a browser blocks a response: each kind of failure of {@code BrowserCorsCheck},
 * mapped to the policy property that decides it.
 */
final class FixHints {

	private FixHints() {
	}

	static String forFailure(BrowserVerdict verdict) {
		CorsFailure kind = verdict.failureKind();
		if (kind == null) {
			return "";
		}
		if (verdict.leftTheApplication()) {
			return "The application redirects the page's request to another origin. Point another assertion at"
					+ " that server, or redirect within the application; note that after a redirect across origins"
					+ " the browser sends Origin: null, which that server must allow.";
		}
		if (kind == CorsFailure.NO_ALLOW_ORIGIN && verdict.failedAtPreflight()) {
			// this starter refuses a preflight with no CORS header at all, whatever it objects to
			return "The preflight was refused without CORS headers, so the policy that covers "
					+ verdict.fetch().path() + " refuses the origin, the method or a requested header. Check that"
					+ " its allowed-origins holds " + verdict.origin() + ", its allowed-methods holds "
					+ verdict.fetch().method() + verdict.requestedHeaderNames()
						.stream()
						.map((name) -> ", its allowed-headers holds " + name)
						.reduce("", String::concat)
					+ " (cors.policies.<name>.*), and that a policy's path-patterns (or @CrossOriginPolicy) covers the"
					+ " path at all.";
		}
		return switch (kind) {
			case NO_ALLOW_ORIGIN -> "No policy allowed this origin for this path. Add the origin to the allowed-origins"
					+ " of the policy that covers the path (cors.policies.<name>.allowed-origins), or check that a"
					+ " policy's path-patterns (or @CrossOriginPolicy) covers it at all.";
			case WILDCARD_ORIGIN_WITH_CREDENTIALS -> "A request with credentials needs the exact origin echoed, never"
					+ " '*'. List the origin in allowed-origins instead of '*', and set allow-credentials: true.";
			case ORIGIN_MISMATCH -> "Another origin was allowed in the response than the page's. Something else wrote"
					+ " Access-Control-Allow-Origin (a proxy, a filter, a hard-coded header), or the page's origin"
					+ " is spelled differently from the entry (scheme, port, trailing slash).";
			case CREDENTIALS_NOT_ALLOWED -> "The page sends credentials, so the policy must allow them:"
					+ " allow-credentials: true (with explicit origins, not '*').";
			case PREFLIGHT_STATUS_NOT_OK -> "The preflight was not answered with a 2xx. Usually no policy covers the"
					+ " path, or something ahead of the CORS filter (authentication, a gateway) answered the OPTIONS"
					+ " request.";
			case MALFORMED_ALLOW_LIST -> "Access-Control-Allow-Methods or -Allow-Headers is not a comma-separated list"
					+ " of tokens: something other than the policy wrote it.";
			case METHOD_NOT_ALLOWED -> "Add the method to the policy's allowed-methods"
					+ " (cors.policies.<name>.allowed-methods).";
			case AUTHORIZATION_NOT_LISTED -> "List Authorization by name in allowed-headers: the Fetch standard never"
					+ " lets '*' cover it (Chromium and Firefox still do, so the application may work there and fail"
					+ " elsewhere).";
			case HEADER_NOT_ALLOWED -> "Add the header to the policy's allowed-headers"
					+ " (cors.policies.<name>.allowed-headers).";
			case PRIVATE_NETWORK_NOT_ALLOWED -> "The target is in a more private network than the page: set"
					+ " allow-private-network: true.";
			case REDIRECT_NOT_FOLLOWED -> "The browser will not follow this redirect. Answer the request without"
					+ " redirecting it, or redirect to a plain http(s) URL without credentials in it.";
			case NO_RESPONSE -> "";
		};
	}

}
