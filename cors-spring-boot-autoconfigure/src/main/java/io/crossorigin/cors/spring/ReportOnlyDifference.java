package io.crossorigin.cors.spring;

import java.util.Locale;

/**
 * How what a {@code report-only} policy would have answered compares with what the application
 * actually answered, in closed categories (the {@code report} tag of {@code cors.requests} and the
 * counts of the {@code cors} endpoint).
 */
public enum ReportOnlyDifference {

	/** The policy would have answered as the application did, CORS headers included. */
	AGREES,

	/** The application let the page read (or the socket open) where the policy would have refused. */
	WOULD_REFUSE,

	/** The application refused (no {@code Access-Control-Allow-Origin}, a failed preflight) where the policy would allow. */
	WOULD_ALLOW,

	/** Both allow, but with different {@code Access-Control-*} headers (methods, credentials, max-age...). */
	HEADERS_DIFFER;

	/**
	 * The category as a tag value, e.g. {@code would-refuse}.
	 * @return the tag value
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
