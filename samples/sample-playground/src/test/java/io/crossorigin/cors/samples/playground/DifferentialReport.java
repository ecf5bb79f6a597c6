package io.crossorigin.cors.samples.playground;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.crossorigin.cors.samples.playground.DifferentialCases.Case;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a {@link BrowserDifferential} run found: the agreement, and how much of the protocol its
 * cases reached.
 */
public final class DifferentialReport {

	private final String engine;

	private final String stack;

	private final long seed;

	private final List<String> disagreements = new ArrayList<>();

	private int cases;

	private int starterCases;

	private int calls;

	private int readable;

	private int preflighted;

	private int spared;

	private int redirected;

	private int nullOrigin;

	private int https;

	private int nonOkReadable;

	private final Set<Set<String>> headerOutcomes = new HashSet<>();

	private final Set<Integer> readableStatuses = new TreeSet<>();

	/** What the browser did in each case, by case id: the requests the servers saw, then each call's outcome. */
	private final Map<Integer, Observed> observed = new TreeMap<>();

	DifferentialReport(String stack, long seed, String engine) {
		this.stack = stack;
		this.seed = seed;
		this.engine = engine;
	}

	void count(Case each, BrowserDifferential.Prediction predicted, Browser.FetchResult actual, Set<String> readableHeaders) {
		this.calls++;
		if (actual.readable()) {
			this.readable++;
			this.headerOutcomes.add(readableHeaders);
			this.readableStatuses.add(actual.status());
			this.nonOkReadable += (actual.status() < 200 || actual.status() > 299) ? 1 : 0;
			this.nullOrigin += each.page().origin().equals("null") ? 1 : 0;
			this.https += each.page().origin().startsWith("https:") ? 1 : 0;
			this.redirected += each.redirects() ? 1 : 0;
		}
		this.preflighted += predicted.outcome().preflighted() ? 1 : 0;
		this.spared += predicted.sparedByCache() ? 1 : 0;
	}

	void observed(Case each, List<String> requests, List<Browser.FetchResult> results) {
		this.observed.put(each.id(), new Observed(requests,
				results.stream().map((result) -> result.readable() ? "read " + result.status() : "blocked").toList()));
	}

	void judged(Case each, List<String> problems) {
		this.cases++;
		this.starterCases += each.onApplication() ? 1 : 0;
		if (!problems.isEmpty()) {
			this.disagreements.add("case " + each.id() + " from " + each.page().origin() + " to " + each.url("probe")
					+ ", calls " + each.calls() + ":\n    " + String.join("\n    ", problems));
		}
	}

	void print() {
		int agreed = this.cases - this.disagreements.size();
		String summary = String.format("Browser model vs server vs %s on %s (seed %d): %d/%d cases agree (%d three ways on"
				+ " the starter's policies, %d on the hand-written responder); %d calls, %d readable (%d with a"
				+ " non-2xx status, %d after a redirect, %d from the null origin, %d from https), %d preflights,"
				+ " %d calls spared a preflight by the cache, %d distinct sets of readable headers, readable"
				+ " statuses %s", this.engine, this.stack, this.seed, agreed,
				this.cases, this.starterCases, this.cases - this.starterCases, this.calls, this.readable,
				this.nonOkReadable, this.redirected, this.nullOrigin, this.https, this.preflighted, this.spared,
				this.headerOutcomes.size(), this.readableStatuses);
		System.out.println(summary);
		this.disagreements.forEach(System.out::println);
		BuildSummary.write("differential-" + this.engine + "-" + this.stack, summary);
	}

	/**
	 * Fails unless the cases reached what the differential is for: each dimension must have
	 * produced readable responses, so that agreement on it means something.
	 */
	public void assertReachesEveryDimension() {
		assertThat(this.cases).as("cases").isEqualTo(DifferentialCases.STARTER_CASES + DifferentialCases.RESPONDER_CASES);
		assertThat(this.starterCases).as("cases on the starter's policies").isEqualTo(DifferentialCases.STARTER_CASES);
		assertThat(this.readable).as("calls the page could read").isBetween(this.calls / 10, this.calls - this.calls / 10);
		assertThat(this.preflighted).as("calls with a preflight").isGreaterThan(this.calls / 10);
		assertThat(this.spared).as("calls the preflight cache spared a preflight").isGreaterThanOrEqualTo(20);
		assertThat(this.redirected).as("readable calls after a redirect").isGreaterThanOrEqualTo(10);
		assertThat(this.nullOrigin).as("readable calls from the null origin").isGreaterThanOrEqualTo(10);
		assertThat(this.https).as("readable calls from an https page").isGreaterThanOrEqualTo(10);
		assertThat(this.nonOkReadable).as("readable calls with a non-2xx status").isGreaterThanOrEqualTo(10);
		assertThat(this.headerOutcomes).as("distinct sets of readable headers").hasSizeGreaterThanOrEqualTo(8);
	}

	/**
	 * Where two engines, run on the same seed against the same application, behaved differently:
	 * the cases in which the servers saw other requests, and the calls the page could read in one
	 * and not the other (or read with another status). Printed and written to the build summary;
	 * with both runs free of disagreements, the model's two profiles predicted each difference.
	 * @param first one engine's report
	 * @param second the other's, on the same seed and stack
	 */
	public static void compareEngines(DifferentialReport first, DifferentialReport second) {
		if (first.seed != second.seed || !first.stack.equals(second.stack)) {
			throw new IllegalArgumentException("engines compare only on the same seed and stack");
		}
		int requests = 0;
		int calls = 0;
		List<String> examples = new ArrayList<>();
		for (Map.Entry<Integer, Observed> entry : first.observed.entrySet()) {
			Observed other = Objects.requireNonNull(second.observed.get(entry.getKey()), "the same cases");
			Observed one = entry.getValue();
			requests += one.requests().equals(other.requests()) ? 0 : 1;
			for (int i = 0; i < one.outcomes().size(); i++) {
				calls += one.outcomes().get(i).equals(other.outcomes().get(i)) ? 0 : 1;
			}
			if (!one.equals(other) && examples.size() < 5) {
				examples.add("case " + entry.getKey() + ": " + first.engine + " " + one + ", " + second.engine + " " + other);
			}
		}
		boolean predicted = first.disagreements.isEmpty() && second.disagreements.isEmpty();
		String summary = String.format("%s and %s on %s, the same %d cases (seed %d): cases with other requests %d, calls"
				+ " with another outcome for the page %d; %s", first.engine, second.engine, first.stack, first.observed.size(),
				first.seed, requests, calls, predicted ? "the model's profiles predicted every difference"
						: "not all predicted (see the disagreements)");
		System.out.println(summary);
		examples.forEach((example) -> System.out.println("  e.g. " + example));
		BuildSummary.write("engines-" + first.stack, summary);
	}

	/**
	 * The cases on which the three answers did not agree, each with what each one said.
	 * @return the disagreements, empty when all agree
	 */
	public List<String> disagreements() {
		return List.copyOf(this.disagreements);
	}

	/** What a browser did in a case: the requests the servers saw, and each call's outcome for the page. */
	private record Observed(List<String> requests, List<String> outcomes) {

		@Override
		public String toString() {
			return "sent " + this.requests + ", " + this.outcomes;
		}

	}

}
