package io.crossorigin.cors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mode}: data the adapters act on; the engine decides a report-only policy's requests
 * exactly as an enforced one's.
 */
class PolicyModeTests {

	private final CorsPolicy enforced = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();

	private final CorsPolicy reportOnly = this.enforced.toBuilder().mode(PolicyMode.REPORT_ONLY).build();

	@Test
	void theDefaultIsEnforceAndTheModeIsPartOfThePolicy() {
		assertThat(this.enforced.mode()).isEqualTo(PolicyMode.ENFORCE);
		assertThat(this.reportOnly.mode()).isEqualTo(PolicyMode.REPORT_ONLY);
		assertThat(this.reportOnly).isNotEqualTo(this.enforced);
		assertThat(this.reportOnly.toBuilder().build()).isEqualTo(this.reportOnly);
		assertThat(this.reportOnly.toString()).contains("mode=REPORT_ONLY");
		assertThat(CorsPolicy.builder().mode(null).build().mode()).isEqualTo(PolicyMode.ENFORCE);
	}

	@Test
	void theEngineDecidesAReportOnlyPolicyAsItWouldEnforceIt() {
		CorsEngine engine = new CorsEngine();
		for (TestRequest request : new TestRequest[] { TestRequest.cors("GET", "https://app.example.com"),
				TestRequest.cors("GET", "https://evil.example.org"),
				TestRequest.preflight("https://app.example.com", "POST"),
				TestRequest.preflight("https://evil.example.org", "PUT") }) {
			TestResponse enforcedHeaders = new TestResponse();
			TestResponse reportedHeaders = new TestResponse();
			assertThat(engine.decide(this.reportOnly, request, reportedHeaders))
				.isSameAs(engine.decide(this.enforced, request, enforcedHeaders));
			assertThat(reportedHeaders.headers()).isEqualTo(enforcedHeaders.headers());
		}
	}

}
