package io.crossorigin.cors.spring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsHeaders;

/**
 * Compares what a {@code report-only} policy would have answered with what the application sent:
 * whether each side lets the browser through, then the {@code Access-Control-*} headers, lists
 * compared as sets of lower-cased names.
 */
final class ReportOnlyComparison {

	private static final String[] COMPARED = { CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
			CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, CorsHeaders.ACCESS_CONTROL_ALLOW_METHODS,
			CorsHeaders.ACCESS_CONTROL_ALLOW_HEADERS, CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
			CorsHeaders.ACCESS_CONTROL_MAX_AGE, CorsHeaders.ACCESS_CONTROL_ALLOW_PRIVATE_NETWORK };

	private ReportOnlyComparison() {
	}

	/**
	 * @param decision what the policy decided
	 * @param wouldWrite the headers the policy would have written
	 * @param status the status the application answered with
	 * @param sent the application's response headers, by name (case-insensitive), combined
	 */
	static ReportOnlyDifference compare(CorsDecision decision, Map<String, String> wouldWrite, int status,
			Function<String, @Nullable String> sent) {
		boolean policyAllows = policyLetsThrough(decision, wouldWrite);
		boolean applicationAllows = applicationLetsThrough(decision, status, sent);
		if (policyAllows != applicationAllows) {
			return policyAllows ? ReportOnlyDifference.WOULD_ALLOW : ReportOnlyDifference.WOULD_REFUSE;
		}
		if (decision.isHandshake()) {
			return ReportOnlyDifference.AGREES;
		}
		for (String name : COMPARED) {
			if (!sameValue(name, wouldWrite.get(name), sent.apply(name))) {
				return ReportOnlyDifference.HEADERS_DIFFER;
			}
		}
		return ReportOnlyDifference.AGREES;
	}

	private static boolean policyLetsThrough(CorsDecision decision, Map<String, String> wouldWrite) {
		return switch (decision.kind()) {
			case PREFLIGHT_ACCEPTED, ACTUAL_ALLOWED, HANDSHAKE_ALLOWED -> true;
			case NOT_CORS -> wouldWrite.containsKey(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
			default -> false;
		};
	}

	private static boolean applicationLetsThrough(CorsDecision decision, int status, Function<String, @Nullable String> sent) {
		if (decision.isHandshake()) {
			return status == 101;
		}
		boolean allowOrigin = sent.apply(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN) != null;
		return decision.isPreflight() ? allowOrigin && status >= 200 && status < 300 : allowOrigin;
	}

	private static boolean sameValue(String name, @Nullable String would, @Nullable String sent) {
		if (would == null || sent == null) {
			return would == null && sent == null;
		}
		if (name.equals(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN) || name.equals(CorsHeaders.ACCESS_CONTROL_MAX_AGE)) {
			return would.trim().equals(sent.trim());
		}
		return names(would).equals(names(sent));
	}

	private static Set<String> names(String list) {
		Set<String> names = new TreeSet<>();
		Arrays.stream(list.split(",")).map((name) -> name.trim().toLowerCase(Locale.ROOT)).filter((name) -> !name.isEmpty())
			.forEach(names::add);
		return names;
	}

}
