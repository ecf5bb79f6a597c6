package io.crossorigin.cors.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
/**
 * What each {@code report-only} policy would have changed, since startup: a count per
 * {@link ReportOnlyDifference}, and the last few requests where it would have answered differently
 * (origin, method, path; never another header's value). The {@code cors} endpoint shows them, so
 * that a team can run a policy in report-only beside the application's own CORS, read what it
 * would change, and then enforce it.
 */
public class ReportOnlyFindings implements CorsDecisionListener {

	/** How many differing requests are kept per policy. */
	public static final int EXAMPLES = 5;

	private static final int MAX_ORIGIN_LENGTH = 100;

	private final Map<String, Findings> byPolicy = new ConcurrentHashMap<>();

	private final Clock clock;

	/** Findings timed by the system clock. */
	public ReportOnlyFindings() {
		this(Clock.systemUTC());
	}

	ReportOnlyFindings(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void decided(CorsDecisionEvent event) {
		// counted once compared with what the application sent
	}

	@Override
	public void compared(CorsDecisionEvent event, ReportOnlyDifference difference) {
		Findings findings = this.byPolicy.computeIfAbsent(event.policy().name(), (name) -> new Findings());
		findings.counts[difference.ordinal()].increment();
		if (difference != ReportOnlyDifference.AGREES) {
			String origin = event.origin();
			findings.add(new Example(this.clock.instant(), difference, (origin != null) ? printable(origin) : null,
					event.method(), printable(event.path()), event.decision().kind().name()));
		}
	}

	/**
	 * What a policy would have changed.
	 * @param policy the policy's name
	 * @return the counts and the last differing requests; all zero if nothing was compared yet
	 */
	public Report report(String policy) {
		Findings findings = this.byPolicy.get(policy);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ReportOnlyDifference difference : ReportOnlyDifference.values()) {
			counts.put(difference.tagValue(), (findings != null) ? findings.counts[difference.ordinal()].sum() : 0L);
		}
		return new Report(counts, (findings != null) ? findings.examples() : List.of());
	}

	/** Quotes control and non-ASCII characters and caps the length: a request's value goes into a report. */
	private static String printable(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length() && i < MAX_ORIGIN_LENGTH; i++) {
			char c = value.charAt(i);
			out.append((c < 0x20 || c > 0x7E) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return (value.length() > MAX_ORIGIN_LENGTH) ? out + "... (" + value.length() + " characters)" : out.toString();
	}

	private static final class Findings {

		final LongAdder[] counts = new LongAdder[ReportOnlyDifference.values().length];

		private final Deque<Example> examples = new ArrayDeque<>();

		Findings() {
			for (int i = 0; i < this.counts.length; i++) {
				this.counts[i] = new LongAdder();
			}
		}

		synchronized void add(Example example) {
			if (this.examples.size() == EXAMPLES) {
				this.examples.removeFirst();
			}
			this.examples.addLast(example);
		}

		synchronized List<Example> examples() {
			return new ArrayList<>(this.examples);
		}

	}

	/**
	 * What a report-only policy would have changed.
	 *
	 * @param counts requests by category ({@code agrees}, {@code would-refuse}, {@code would-allow},
	 * {@code headers-differ})
	 * @param recent the last requests it would have answered differently, oldest first
	 */
	public record Report(Map<String, Long> counts, List<Example> recent) {
	}

	/**
	 * One request a report-only policy would have answered differently.
	 *
	 * @param at when
	 * @param difference how
	 * @param origin the request's {@code Origin}, quoted where unprintable; null if none
	 * @param method its method
	 * @param path its path
	 * @param decision the policy's decision, e.g. {@code ACTUAL_DENIED}
	 */
	public record Example(Instant at, ReportOnlyDifference difference, @Nullable String origin, String method,
			String path, String decision) {
	}

}
