package io.crossorigin.cors.browser;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of the checks of Fetch's "CORS-preflight fetch" on the preflight response.
 *
 * @param passed        whether the browser goes on to send the actual request
 * @param failure       which check failed and the values involved; null exactly when {@code passed}
 * @param cacheLifetime how long the browser caches this preflight result (Fetch's CORS-preflight
 *                      cache, with Chromium's cap); {@link Duration#ZERO} when the preflight failed,
 *                      as nothing is cached then
 * @param kind          which check failed; null exactly when {@code passed}
 */
public record PreflightResult(boolean passed, @Nullable String failure, Duration cacheLifetime,
		@Nullable CorsFailure kind) {

	/**
	 * Creates a result.
	 *
	 * @param passed        whether the preflight succeeded
	 * @param failure       the failure reason, null when passed
	 * @param cacheLifetime how long the result is cached
	 * @param kind          which check failed, null when passed
	 * @throws NullPointerException     if {@code cacheLifetime} is null
	 * @throws IllegalArgumentException if a passed result has a failure reason or kind, a failed
	 *                                  result lacks either, or {@code cacheLifetime} is negative
	 */
	public PreflightResult {
		Objects.requireNonNull(cacheLifetime, "cacheLifetime");
		if (passed && (failure != null || kind != null)) {
			throw new IllegalArgumentException("A passed preflight has no failure reason");
		}
		if (!passed && (failure == null || failure.isBlank() || kind == null)) {
			throw new IllegalArgumentException("A failed preflight needs a failure reason and kind");
		}
		if (cacheLifetime.isNegative()) {
			throw new IllegalArgumentException("The cache lifetime cannot be negative: " + cacheLifetime);
		}
	}

	/**
	 * A passed preflight.
	 *
	 * @param cacheLifetime how long the result is cached
	 * @return the passed result
	 */
	public static PreflightResult pass(Duration cacheLifetime) {
		return new PreflightResult(true, null, cacheLifetime, null);
	}

	/**
	 * A failed preflight, cached for no time.
	 *
	 * @param kind    which check failed
	 * @param failure the reason, naming the failed check and the values involved
	 * @return the failed result
	 */
	public static PreflightResult fail(CorsFailure kind, String failure) {
		return new PreflightResult(false, Objects.requireNonNull(failure, "failure"), Duration.ZERO,
				Objects.requireNonNull(kind, "kind"));
	}
}
