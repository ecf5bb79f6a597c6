package io.crossorigin.cors.browser;

import java.util.Objects;

/**
 * The outcome of Fetch's "CORS check": success, or failure (the page gets a network error, seen
 * by scripts as a {@code TypeError}) with a human-readable reason.
 *
 * @param passed  whether the check succeeded
 * @param failure which check failed and the values involved; null exactly when {@code passed}
 */
public record CorsCheckResult(boolean passed, String failure) {

	private static final CorsCheckResult PASS = new CorsCheckResult(true, null);

	/**
	 * Creates a result.
	 *
	 * @param passed  whether the check succeeded
	 * @param failure the failure reason, null when passed
	 * @throws IllegalArgumentException if a passed result has a failure reason, or a failed result
	 *                                  has none
	 */
	public CorsCheckResult {
		if (passed && failure != null) {
			throw new IllegalArgumentException("A passed check has no failure reason");
		}
		if (!passed && (failure == null || failure.isBlank())) {
			throw new IllegalArgumentException("A failed check needs a failure reason");
		}
	}

	/**
	 * A passed check.
	 *
	 * @return the passed result
	 */
	public static CorsCheckResult pass() {
		return PASS;
	}

	/**
	 * A failed check.
	 *
	 * @param failure the reason, naming the failed check and the values involved
	 * @return the failed result
	 */
	public static CorsCheckResult fail(String failure) {
		return new CorsCheckResult(false, Objects.requireNonNull(failure, "failure"));
	}
}
