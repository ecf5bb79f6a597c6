package io.crossorigin.cors;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The common paths allocate nothing: counted by the JVM's per-thread allocation counter, not timed.
 * The request and response fixtures below allocate nothing either, so every byte counted would be
 * the engine's.
 */
class AllocationTests {

	private static final int CALLS = 20_000;

	private final CorsEngine engine = new CorsEngine();

	private final CorsPolicy policy = CorsPolicy.builder()
		.allowedOrigins("https://app.example.com", "https://*.example.org", "http://localhost:*")
		.allowedMethods("GET", "POST", "PUT")
		.allowedHeaders("Content-Type", "X-Request-Id")
		.exposedHeaders("X-Total-Count")
		.allowCredentials(true)
		.build();

	@Test
	void allowedActualRequestAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("GET", "https://app.example.com", null, null))).isZero();
	}

	@Test
	void allowedSubdomainRequestAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("POST", "https://a.b.example.org", null, null))).isZero();
	}

	@Test
	void acceptedPreflightAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("OPTIONS", "http://localhost:5173", "PUT", "content-type,x-request-id")))
			.isZero();
	}

	@Test
	void requestWithoutOriginAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("GET", null, null, null))).isZero();
	}

	@Test
	void disallowedOriginAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("GET", "https://evil.example.com", null, null))).isZero();
	}

	@Test
	void rejectedPreflightAllocatesNothing() {
		assertThat(bytesPerCall(new FixedRequest("OPTIONS", "https://app.example.com", "PUT", "content-type,x-secret")))
			.isZero();
	}

	@Test
	void hostileRequestHeadersAreRefusedWithoutAllocating() {
		assertThat(bytesPerCall(new FixedRequest("OPTIONS", "https://app.example.com", "PUT", "x-a,".repeat(25_000))))
			.isZero();
	}

	@Test
	void handshakesAllocateNothingAndWriteNothing() {
		for (String origin : new String[] { "https://app.example.com", "https://evil.example.com", "https://a.example.org",
				null }) {
			Handshake handshake = new Handshake(origin);
			FixedResponse response = new FixedResponse();
			assertThat(bytesPerCall(() -> this.engine.decide(this.policy, handshake, response))).as(origin).isZero();
			assertThat(response.writes).isZero();
		}
	}

	@Test
	void measurementSeesWhatReadingBackTheOffendingValueAllocates() {
		FixedRequest request = new FixedRequest("GET", "https://evil.example.com", null, null);
		CorsDecision decision = this.engine.decide(this.policy, request, new FixedResponse());
		assertThat(bytesPerCall(() -> CorsEngine.offendingValue(this.policy, request, decision))).isPositive();
	}

	private long bytesPerCall(FixedRequest request) {
		FixedResponse response = new FixedResponse();
		long bytes = bytesPerCall(() -> this.engine.decide(this.policy, request, response));
		assertThat(response.writes).isPositive();
		return bytes;
	}

	private static long bytesPerCall(Runnable call) {
		com.sun.management.ThreadMXBean threads = threadBean();
		for (int i = 0; i < CALLS; i++) {
			call.run();
		}
		long threadId = Thread.currentThread().getId();
		long before = threads.getThreadAllocatedBytes(threadId);
		for (int i = 0; i < CALLS; i++) {
			call.run();
		}
		long after = threads.getThreadAllocatedBytes(threadId);
		return (after - before) / CALLS;
	}

	private static com.sun.management.ThreadMXBean threadBean() {
		java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		assumeThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
		assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
		threads.setThreadAllocatedMemoryEnabled(true);
		return threads;
	}

	private record FixedRequest(String method, String origin, String requestMethod, String requestHeaders)
			implements CorsRequest {

		@Override
		public String header(String name) {
			return switch (name) {
				case CorsHeaders.ORIGIN -> this.origin;
				case CorsHeaders.ACCESS_CONTROL_REQUEST_METHOD -> this.requestMethod;
				case CorsHeaders.ACCESS_CONTROL_REQUEST_HEADERS -> this.requestHeaders;
				default -> null;
			};
		}

		@Override
		public String scheme() {
			return "https";
		}

		@Override
		public String host() {
			return "api.example.com";
		}

		@Override
		public int port() {
			return 443;
		}

	}

	/** A WebSocket handshake, with a cookie. */
	private record Handshake(String origin) implements CorsRequest {

		@Override
		public String method() {
			return "GET";
		}

		@Override
		public String header(String name) {
			return switch (name) {
				case CorsHeaders.ORIGIN -> this.origin;
				case CorsHeaders.UPGRADE -> "websocket";
				case CorsHeaders.COOKIE -> "SESSION=1";
				default -> null;
			};
		}

		@Override
		public String scheme() {
			return "https";
		}

		@Override
		public String host() {
			return "api.example.com";
		}

		@Override
		public int port() {
			return 443;
		}

	}

	/** Keeps nothing, so that each call starts from an empty response. */
	private static final class FixedResponse implements CorsResponseHeaders {

		long writes;

		@Override
		public String get(String name) {
			return null;
		}

		@Override
		public void set(String name, String value) {
			this.writes++;
		}

	}

}
