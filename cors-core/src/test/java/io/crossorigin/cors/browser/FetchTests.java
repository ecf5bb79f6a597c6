package io.crossorigin.cors.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BrowserFetch#fetch}: the preflight when needed, then the actual request, each judged.
 */
class FetchTests {

	private final List<String> sent = new ArrayList<>();

	private BrowserFetch.Server server(BrowserResponse preflight, BrowserResponse actual) {
		return (method, headers) -> {
			this.sent.add(method);
			return method.equals("OPTIONS") ? preflight : actual;
		};
	}

	@Test
	void simpleRequestSkipsThePreflightAndReadsTheSafelistedAndExposedHeaders() {
		BrowserResponse actual = BrowserResponse.of(200, "Access-Control-Allow-Origin", "https://a.example",
				"Access-Control-Expose-Headers", "X-Total", "X-Total", "3", "X-Hidden", "1", "Content-Type", "text/plain");
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of("https://a.example", "GET"),
				server(null, actual));
		assertThat(this.sent).containsExactly("GET");
		assertThat(outcome.preflighted()).isFalse();
		assertThat(outcome.readable()).isTrue();
		assertThat(outcome.failure()).isNull();
		assertThat(outcome.readableHeaderNames()).containsExactly("content-type", "x-total");
	}

	@Test
	void failedPreflightStopsTheActualRequest() {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of("https://a.example", "PUT"),
				server(BrowserResponse.of(403), BrowserResponse.of(200)));
		assertThat(this.sent).containsExactly("OPTIONS");
		assertThat(outcome.preflighted()).isTrue();
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).startsWith("the preflight fails: ");
		assertThat(outcome.readableHeaderNames()).isEmpty();
	}

	@Test
	void missingResponseToThePreflightBlocksTheRequest() {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of("https://a.example", "DELETE"),
				server(null, BrowserResponse.of(200)));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).isEqualTo("no response to the preflight");
	}

	@Test
	void actualResponseFailingTheCorsCheckIsNotReadable() {
		BrowserFetch.FetchOutcome outcome = BrowserFetch.fetch(BrowserRequest.of("https://a.example", "GET"),
				server(null, BrowserResponse.of(200, "Access-Control-Allow-Origin", "https://b.example")));
		assertThat(outcome.readable()).isFalse();
		assertThat(outcome.failure()).startsWith("the response fails the CORS check: ");
	}

}
