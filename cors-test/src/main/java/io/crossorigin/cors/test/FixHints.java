package io.crossorigin.cors.test;

/**
 * What to change when a browser blocks a response, from the reason it gives: the failures of
 * {@code BrowserCorsCheck}, mapped to the policy property that decides them.
 */
final class FixHints {

	private FixHints() {
	}

	static String forFailure(BrowserVerdict verdict) {
		String failure = verdict.failure();
		if (failure == null) {
			return "";
		}
		if (failure.startsWith("the preflight fails: No Access-Control-Allow-Origin header is present")) {
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
		if (failure.contains("No Access-Control-Allow-Origin header is present")) {
			return "No policy allowed this origin for this path. Add the origin to the allowed-origins of the policy"
					+ " that covers the path (cors.policies.<name>.allowed-origins), or check that a policy's"
					+ " path-patterns (or @CrossOriginPolicy) covers it at all.";
		}
		if (failure.contains("cannot be used when the credentials mode is 'include'")) {
			return "A request with credentials needs the exact origin echoed, never '*'. List the origin in"
					+ " allowed-origins instead of '*', and set allow-credentials: true.";
		}
		if (failure.contains("does not match origin")) {
			return "Another origin was allowed in the response than the page's. Something else wrote"
					+ " Access-Control-Allow-Origin (a proxy, a filter, a hard-coded header), or the page's origin"
					+ " is spelled differently from the entry (scheme, port, trailing slash).";
		}
		if (failure.contains("Access-Control-Allow-Credentials")) {
			return "The page sends credentials, so the policy must allow them: allow-credentials: true"
					+ " (with explicit origins, not '*').";
		}
		if (failure.contains("is not an ok status")) {
			return "The preflight was not answered with a 2xx. Usually no policy covers the path, or"
					+ " something ahead of the CORS filter (authentication, a gateway) answered the OPTIONS request.";
		}
		if (failure.contains("Method '")) {
			return "Add the method to the policy's allowed-methods (cors.policies.<name>.allowed-methods).";
		}
		if (failure.contains("'*' never covers Authorization")) {
			return "List Authorization by name in allowed-headers: the Fetch standard never lets '*' cover it"
					+ " (Chromium and Firefox still do, so the application may work there and fail elsewhere).";
		}
		if (failure.contains("Request header '")) {
			return "Add the header to the policy's allowed-headers (cors.policies.<name>.allowed-headers).";
		}
		if (failure.contains(BrowserVerdict.OUTSIDE)) {
			return "The application redirects the page's request to another origin. Point another assertion at"
					+ " that server, or redirect within the application; note that after a redirect across origins"
					+ " the browser sends Origin: null, which that server must allow.";
		}
		if (failure.contains("redirect")) {
			return "The browser will not follow this redirect. Answer the request without redirecting it, or"
					+ " redirect to a plain http(s) URL without credentials in it.";
		}
		if (failure.contains("Access-Control-Allow-Private-Network")) {
			return "The target is in a more private network than the page: set allow-private-network: true.";
		}
		return "";
	}

}
