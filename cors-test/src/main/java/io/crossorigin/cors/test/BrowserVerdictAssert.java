package io.crossorigin.cors.test;

import java.util.Locale;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link BrowserVerdict}: each failure says what the browser did, why, what the
 * server answered, and what to change.
 */
public class BrowserVerdictAssert extends AbstractAssert<BrowserVerdictAssert, BrowserVerdict> {

	BrowserVerdictAssert(BrowserVerdict verdict) {
		super(verdict, BrowserVerdictAssert.class);
	}

	/**
	 * Verifies that the page may read the response: {@code fetch()} resolves.
	 * @return this assertion
	 */
	public BrowserVerdictAssert isAllowed() {
		isNotNull();
		if (!this.actual.isAllowed()) {
			String hint = FixHints.forFailure(this.actual);
			failWithMessage("Expected %s to read the response, but the browser blocks it: %s.%s%nThe server answered:%s",
					this.actual, this.actual.failure(), hint.isEmpty() ? "" : System.lineSeparator() + "Fix: " + hint,
					this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the browser withholds the response from the page: {@code fetch()} rejects.
	 * @return this assertion
	 */
	public BrowserVerdictAssert isBlocked() {
		isNotNull();
		if (this.actual.isAllowed()) {
			failWithMessage("Expected %s to be blocked, but the browser lets the page read the response"
					+ " (status %d, readable headers %s).%nIf this origin must not read it, remove it from the"
					+ " allowed-origins of the policy that covers the path.%nThe server answered:%s",
					this.actual, this.actual.status(), this.actual.readableHeaderNames(), this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the browser sends a preflight before the request.
	 * @return this assertion
	 */
	public BrowserVerdictAssert sendsPreflight() {
		isNotNull();
		if (!this.actual.sentPreflight()) {
			if (this.actual.needsPreflight()) {
				failWithMessage("Expected %s to send a preflight, but the browser still holds the result of an earlier"
						+ " one for this origin, URL, method and headers (within its max-age), so it sends the request"
						+ " directly.%nThe server answered:%s", this.actual, this.actual.transcript());
			}
			failWithMessage("Expected %s to send a preflight, but the request is simple (a safelisted method with"
					+ " safelisted headers only), so the browser sends it directly.%nThe server answered:%s",
					this.actual, this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the browser sends the request without a preflight.
	 * @return this assertion
	 */
	public BrowserVerdictAssert sendsNoPreflight() {
		isNotNull();
		if (this.actual.sentPreflight()) {
			failWithMessage("Expected %s to need no preflight, but its method or headers are not CORS-safelisted,"
					+ " so the browser sends a preflight first.%nThe server answered:%s", this.actual,
					this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the page may read the named response header.
	 * @param name the header name, in any case
	 * @return this assertion
	 */
	public BrowserVerdictAssert canReadHeader(String name) {
		isAllowed();
		if (!this.actual.readableHeaderNames().contains(name.toLowerCase(Locale.ROOT))) {
			failWithMessage("Expected %s to read the response header '%s', but the page can read only %s.%n"
					+ "Fix: add '%s' to the policy's exposed-headers (cors.policies.<name>.exposed-headers), and check"
					+ " that the application sends it.%nThe server answered:%s", this.actual, name,
					this.actual.readableHeaderNames(), name, this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the page may not read the named response header, whether the browser blocks the
	 * whole response or only hides the header.
	 * @param name the header name, in any case
	 * @return this assertion
	 */
	public BrowserVerdictAssert cannotReadHeader(String name) {
		isNotNull();
		if (this.actual.readableHeaderNames().contains(name.toLowerCase(Locale.ROOT))) {
			failWithMessage("Expected %s not to read the response header '%s', but the page can read it.%n"
					+ "Fix: remove '%s' from the policy's exposed-headers (or '*' from them).%nThe server answered:%s",
					this.actual, name, name, this.actual.transcript());
		}
		return this;
	}

	/**
	 * Verifies that the page may read the response and that its status is the given one.
	 * @param status the expected status
	 * @return this assertion
	 */
	public BrowserVerdictAssert canReadStatus(int status) {
		isAllowed();
		if (this.actual.status() != status) {
			failWithMessage("Expected %s to read status %d, but it reads status %d.%nThe server answered:%s",
					this.actual, status, this.actual.status(), this.actual.transcript());
		}
		return this;
	}

}
