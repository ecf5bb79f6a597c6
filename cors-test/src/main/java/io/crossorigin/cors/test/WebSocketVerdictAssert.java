package io.crossorigin.cors.test;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link WebSocketVerdict}: each failure says what the server answered and what
 * to change.
 */
public class WebSocketVerdictAssert extends AbstractAssert<WebSocketVerdictAssert, WebSocketVerdict> {

	WebSocketVerdictAssert(WebSocketVerdict verdict) {
		super(verdict, WebSocketVerdictAssert.class);
	}

	/**
	 * Verifies that the socket opens (the server upgrades the handshake), and that the 101 carries
	 * no {@code Access-Control-*} header, since a handshake is not a CORS exchange.
	 * @return this assertion
	 */
	public WebSocketVerdictAssert isAllowed() {
		isNotNull();
		if (!this.actual.opens()) {
			failWithMessage("Expected %s to open, but the server refused the handshake.%nFix: add the origin to the"
					+ " allowed-origins of the policy that covers the path%s.%nThe server answered:%s", this.actual,
					this.actual.cookies() ? " (and, since the browser sends cookies, allow-credentials: true)" : "",
					this.actual.transcript());
		}
		if (!this.actual.accessControlHeaderNames().isEmpty()) {
			failWithMessage("Expected %s to open without Access-Control-* headers, but the 101 carries %s.%nThe server"
					+ " answered:%s", this.actual, this.actual.accessControlHeaderNames(), this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the server refuses the handshake: the page's socket fails without opening.
	 * @return this assertion
	 */
	public WebSocketVerdictAssert isRefused() {
		isNotNull();
		if (this.actual.opens()) {
			failWithMessage("Expected %s to be refused, but the server upgraded it, so the page can talk to the"
					+ " endpoint with the user's cookies.%nFix: cover the path with a policy that does not allow this"
					+ " origin%s.%nThe server answered:%s", this.actual,
					this.actual.cookies() ? " (or does not allow credentials)" : "", this.actual.transcript());
		}
		return this;
	}

}
