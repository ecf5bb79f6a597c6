package io.crossorigin.cors.spring;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsPolicy;

/**
 * Logs under the one category {@code io.crossorigin.cors}: each rejection at DEBUG in one line
 * with the policy, the request's method and path, the reason and what the policy allows (a
 * {@link CorsDecisionListener} of every decision); startup warnings at WARN.
 */
public final class CorsDecisionLogger implements CorsDecisionListener {

	/** The logger category of everything this starter logs. */
	public static final String CATEGORY = "io.crossorigin.cors";

	private static final Log logger = LogFactory.getLog(CATEGORY);

	/**
	 * Logs a decision if it is a rejection and DEBUG is enabled; only then is the offending value
	 * read back from the request.
	 * @param event the decision
	 */
	@Override
	public void decided(CorsDecisionEvent event) {
		if (event.decision().isRejected() && logger.isDebugEnabled()) {
			String line = describe(event.policy(), event.method(), event.path(), event.decision(), event.offendingValue());
			// a report-only policy changed nothing: say so where the line says what it decided
			logger.debug(event.isReportOnly() ? line.replaceFirst("' ", "' (report-only, not enforced) ") : line);
		}
	}

	static String describe(NamedCorsPolicy policy, String method, String path, CorsDecision decision,
			@Nullable String offendingValue) {
		StringBuilder line = new StringBuilder("CORS policy '").append(policy.name()).append("' ")
			.append(switch (decision.kind()) {
				case PREFLIGHT_REJECTED -> "rejected the preflight for ";
				case HANDSHAKE_REFUSED -> "refused the WebSocket handshake for ";
				case ACTUAL_REFUSED -> "refused with 403 ";
				default -> "denied ";
			})
			.append(method).append(' ').append(path).append(": ").append(decision.reason().description());
		if (offendingValue != null) {
			line.append(": ").append(offendingValue);
		}
		String allowed = allowed(policy.policy(), decision);
		if (allowed != null) {
			line.append("; ").append(allowed);
		}
		return line.toString();
	}

	private static @Nullable String allowed(CorsPolicy policy, CorsDecision decision) {
		return switch (decision.reason()) {
			case ORIGIN_NOT_ALLOWED, ORIGIN_MALFORMED -> "allowed origins: " + policy.allowedOrigins();
			case METHOD_NOT_ALLOWED, METHOD_MALFORMED -> "allowed methods: " + policy.allowedMethods();
			case HEADER_NOT_ALLOWED, HEADERS_MALFORMED, HEADERS_TOO_LONG -> "allowed headers: " + policy.allowedHeaders();
			case PRIVATE_NETWORK_NOT_ALLOWED -> "allow-private-network is false";
			case CREDENTIALS_NOT_ALLOWED -> "allow-credentials is false";
			default -> null;
		};
	}

	/**
	 * Logs a configuration warning at WARN.
	 * @param warning the warning
	 */
	public static void warn(CorsConfigurationProblem warning) {
		logger.warn("CORS configuration: " + warning.path() + " = '" + warning.value() + "' " + warning.problem()
				+ "; " + warning.fix());
	}

}
