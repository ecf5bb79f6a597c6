package io.crossorigin.cors.samples.playground;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server saw of each playground probe: every request whose query carries
 * {@code probe=<id>}, with the response the browser got and the CORS decision behind it. Keeps the
 * last few hundred probes only.
 */
public class ProbeLog {

	/** The query parameter that tags a playground request. */
	public static final String PARAMETER = "probe";

	private static final int CAPACITY = 500;

	private final Map<String, List<Arrived>> probes = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<Arrived>> eldest) {
			return size() > CAPACITY;
		}

	});

	private final AtomicLong arrivals = new AtomicLong();

	/**
	 * Numbers a request as it arrives, before it is answered: a browser may send its next request
	 * (the redirect's, the next fetch's) before the server has finished with this one, so the
	 * order in which exchanges are recorded is not the order in which they came.
	 * @return the request's place in the order of arrival
	 */
	public long arrival() {
		return this.arrivals.incrementAndGet();
	}

	/**
	 * Records one exchange of a probe.
	 * @param probe the probe id
	 * @param arrival the request's {@link #arrival()}
	 * @param exchange what was seen
	 */
	public void record(String probe, long arrival, Exchange exchange) {
		if (probe == null || probe.length() > 64) {
			return;
		}
		synchronized (this.probes) {
			this.probes.computeIfAbsent(probe, (id) -> new ArrayList<>()).add(new Arrived(arrival, exchange));
		}
	}

	/**
	 * The exchanges of a probe, in arrival order.
	 * @param probe the probe id
	 * @return the exchanges, empty if none was seen
	 */
	public List<Exchange> exchanges(String probe) {
		synchronized (this.probes) {
			return this.probes.getOrDefault(probe, List.of())
				.stream()
				.sorted(Comparator.comparingLong(Arrived::arrival))
				.map(Arrived::exchange)
				.toList();
		}
	}

	private record Arrived(long arrival, Exchange exchange) {
	}

	/**
	 * One request the server received and what it answered.
	 *
	 * @param method the request method
	 * @param preflight whether it was a CORS preflight
	 * @param status the response status
	 * @param responseHeaders the response headers, names in lower case
	 * @param policy the CORS policy that applied, or null
	 * @param decision the CORS decision (kind, reason and detail), or null when no policy applied
	 */
	public record Exchange(String method, boolean preflight, int status, Map<String, List<String>> responseHeaders,
			String policy, String decision) {
	}

}
