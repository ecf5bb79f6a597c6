package io.crossorigin.cors.samples.playground;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the differential compares the headers the model reads, on its own fresh connections, with
 * those a browser read on its shared keep-alive connections.
 */
class BrowserDifferentialTests {

	private static final Set<String> MODEL = Set.of("connection", "keep-alive", "x-trace");

	@Test
	void keepAliveGoesOnlyFromAResponseThatClosedTheBrowsersConnection() {
		assertThat(BrowserDifferential.onTheBrowsersConnection(MODEL, Map.of("connection", "close", "x-trace", "1")))
			.containsExactly("connection", "x-trace");
	}

	@Test
	void keepAliveStaysOnAConnectionTheBrowserKeptOpen() {
		assertThat(BrowserDifferential.onTheBrowsersConnection(MODEL, Map.of("connection", "keep-alive", "x-trace", "1")))
			.isEqualTo(MODEL);
		assertThat(BrowserDifferential.onTheBrowsersConnection(MODEL, Map.of("x-trace", "1"))).isEqualTo(MODEL);
	}

	@Test
	void nothingElseGoes() {
		Set<String> hidden = Set.of("connection", "x-trace");
		assertThat(BrowserDifferential.onTheBrowsersConnection(hidden, Map.of("connection", "close", "keep-alive", "timeout=60")))
			.as("a Keep-Alive the browser reads and the model does not still disagrees")
			.isEqualTo(hidden);
	}

}
