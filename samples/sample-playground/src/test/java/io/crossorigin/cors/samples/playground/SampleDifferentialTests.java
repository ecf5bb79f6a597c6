package io.crossorigin.cors.samples.playground;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser model, the starter's decisions on a sample (Spring Security in front, as the sample
 * runs) and a real Chromium agree on every generated case; see {@link BrowserDifferential}. Each
 * sample runs it against its own server.
 */
@TestPropertySource(locations = "classpath:io/crossorigin/cors/samples/playground/differential.properties")
@Import(DifferentialController.class)
public abstract class SampleDifferentialTests {

	private final String stack;

	@LocalServerPort
	protected int port;

	@Autowired
	protected ProbeLog probes;

	@Autowired
	protected CorsPolicyRegistry registry;

	protected SampleDifferentialTests(String stack) {
		this.stack = stack;
	}

	@Test
	void browserModelServerAndChromiumAgreeOnEveryCase() {
		DifferentialReport report = new BrowserDifferential(this.stack, this.port, this.probes,
				(policy) -> this.registry.policy(policy).policy().allowCredentials()).run();
		report.assertReachesEveryDimension();
		assertThat(report.disagreements()).isEmpty();
	}

}
