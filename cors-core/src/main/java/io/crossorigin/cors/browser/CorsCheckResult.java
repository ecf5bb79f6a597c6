package io.crossorigin.cors.browser;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of Fetch's "CORS check": success, or failure (the page gets a network error, seen
 * by scripts as a {@code TypeError}) with a human-readable reason.
 *
 * @param passed  whether the check succeeded
 * @param failure which check failed and the values involved; null exactly when {@code passed}
 * @param kind    which check failed; null exactly when {@code passed}
 */
public record CorsCheckResult(boolean passed, @Nullable String failure, @Nullable CorsFailure kind) {

	private static final CorsCheckResult PASS = new CorsCheckResult(true, null, null);

	/**
	 * Creates a result.
	 *
	 * @param passed  whether the check succeeded
	 * @param failure the failure reason, null when passed
	 * @param kind    which check failed, null when passed
	 * @throws IllegalArgumentException if a passed result has a failure reason or kind, or a failed
	 *                                  result lacks either
	 */
	public CorsCheckResult {
		if (passed && (failure != null || kind != null)) {
			throw new IllegalArgumentException("A passed check has no failure reason");
		}
		if (!passed && (failure == null || failure.isBlank() || kind == null)) {
			throw new IllegalArgumentException("A failed check needs a failure reason and kind");
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
	 * @param kind    which check failed
	 * @param failure the reason, naming the failed check and the values involved
	 * @return the failed result
	 */
	public static CorsCheckResult fail(CorsFailure kind, String failure) {
		return new CorsCheckResult(false, Objects.requireNonNull(failure, "failure"), Objects.requireNonNull(kind, "kind"));
	}
}
