package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.http.HttpServletRequest;

import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * The policy chosen for a servlet request, kept in a request attribute: every dispatch of the
 * request (forward, async, error) and every component that asks (the filter, the interceptor, the
 * Spring CORS processors that step aside) sees the one choice made for it.
 */
final class ServletRequestPolicy {

	/** Records that no policy applies, so that the choice is not made again. */
	private static final Object NONE = new Object();

	private ServletRequestPolicy() {
	}

	/**
	 * Whether a policy, or the absence of one, was chosen for the request.
	 */
	static boolean isChosen(HttpServletRequest request) {
		return request.getAttribute(CorsPolicyInterceptor.POLICY_ATTRIBUTE) != null;
	}

	/**
	 * The chosen policy, or null when none applies or none was chosen yet.
	 */
	static NamedCorsPolicy get(HttpServletRequest request) {
		return (request.getAttribute(CorsPolicyInterceptor.POLICY_ATTRIBUTE) instanceof NamedCorsPolicy policy) ? policy
				: null;
	}

	/**
	 * Whether a policy of this starter answers the request: Spring's own CORS processing then stays out.
	 */
	static boolean isCovered(HttpServletRequest request) {
		return get(request) != null;
	}

	static void set(HttpServletRequest request, NamedCorsPolicy policy) {
		request.setAttribute(CorsPolicyInterceptor.POLICY_ATTRIBUTE, (policy != null) ? policy : NONE);
	}

}
