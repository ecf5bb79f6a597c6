package io.crossorigin.cors.spring.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsReason;
import io.crossorigin.cors.spring.CorsDecisionEvent;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.NamedCorsPolicy;
import io.crossorigin.cors.spring.ReportOnlyDifference;

/**
 * Counts the requests each policy decides as the Micrometer counter {@value #METER}, tagged by
 * {@code policy} (its name), {@code kind} ({@code preflight}, {@code actual}, {@code not-cors}, {@code handshake}),
 * {@code outcome} ({@code allowed}, {@code rejected}, {@code none}), {@code reason} (the
 * {@link CorsReason}, e.g. {@code origin-not-allowed}) and {@code report} ({@code enforced}, or for a
 * {@code report-only} policy how its answer compares with the application's: {@code agrees},
 * {@code would-refuse}, {@code would-allow}, {@code headers-differ}; counted once the response is
 * complete). Every tag value comes from a closed set:
 * the policies' names and two enums, never the origin or any other value a request carries, so
 * hostile traffic cannot grow the number of meters. A request no policy covers is not counted.
 */
public class CorsRequestMetrics implements CorsDecisionListener {

	/** The meter's name. */
	public static final String METER = "cors.requests";

	private static final CorsDecision.Kind[] KINDS = CorsDecision.Kind.values();

	private static final CorsReason[] REASONS = CorsReason.values();

	/** The {@code report} tag's values: {@code enforced}, then each {@link ReportOnlyDifference}. */
	private static final String[] REPORTS = reports();

	private static final int ENFORCED = 0;

	private final MeterRegistry registry;

	/** By policy name: the counters, indexed by kind and reason. */
	private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();

	/**
	 * Creates the metrics.
	 * @param registry where the counters are registered
	 */
	public CorsRequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void decided(CorsDecisionEvent event) {
		if (!event.isReportOnly()) {
			count(event, ENFORCED);
		}
	}

	/** A report-only policy's request, counted once compared with what the application sent. */
	@Override
	public void compared(CorsDecisionEvent event, ReportOnlyDifference difference) {
		count(event, difference.ordinal() + 1);
	}

	private void count(CorsDecisionEvent event, int report) {
		NamedCorsPolicy policy = event.policy();
		CorsDecision decision = event.decision();
		Counter[] byDecision = this.counters.computeIfAbsent(policy.name(),
				(name) -> new Counter[KINDS.length * REASONS.length * REPORTS.length]);
		int index = (decision.kind().ordinal() * REASONS.length + decision.reason().ordinal()) * REPORTS.length + report;
		Counter counter = byDecision[index];
		if (counter == null) {
			counter = Counter.builder(METER)
				.description("CORS requests decided by a policy")
				.tag("policy", policy.name())
				.tag("kind", kind(decision.kind()))
				.tag("outcome", outcome(decision.kind()))
				.tag("reason", decision.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.tag("report", REPORTS[report])
				.register(this.registry);
			// a race registers the same meter twice: Micrometer returns the one it has
			byDecision[index] = counter;
		}
		counter.increment();
	}

	private static String[] reports() {
		ReportOnlyDifference[] differences = ReportOnlyDifference.values();
		String[] reports = new String[differences.length + 1];
		reports[ENFORCED] = "enforced";
		for (ReportOnlyDifference difference : differences) {
			reports[difference.ordinal() + 1] = difference.tagValue();
		}
		return reports;
	}

	private static String kind(CorsDecision.Kind kind) {
		return switch (kind) {
			case NOT_CORS -> "not-cors";
			case PREFLIGHT_ACCEPTED, PREFLIGHT_REJECTED -> "preflight";
			case ACTUAL_ALLOWED, ACTUAL_DENIED, ACTUAL_REFUSED -> "actual";
			case HANDSHAKE_ALLOWED, HANDSHAKE_REFUSED -> "handshake";
		};
	}

	private static String outcome(CorsDecision.Kind kind) {
		return switch (kind) {
			case NOT_CORS -> "none";
			case PREFLIGHT_ACCEPTED, ACTUAL_ALLOWED, HANDSHAKE_ALLOWED -> "allowed";
			case PREFLIGHT_REJECTED, ACTUAL_DENIED, ACTUAL_REFUSED, HANDSHAKE_REFUSED -> "rejected";
		};
	}

}
