package io.crossorigin.cors.samples.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.crossorigin.cors.samples.playground.BrowserDifferential;
import io.crossorigin.cors.samples.playground.DifferentialController;
import io.crossorigin.cors.samples.playground.ProbeLog;
import io.crossorigin.cors.spring.CorsPolicyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser model, the starter's decisions on Spring WebFlux (Spring Security in front, as the
 * sample runs) and a real Chromium agree on every generated case; see {@link BrowserDifferential}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:io/crossorigin/cors/samples/playground/differential.properties")
@Import(DifferentialController.class)
class BrowserModelDifferentialTests {

	@LocalServerPort
	int port;

	@Autowired
	ProbeLog probes;

	@Autowired
	CorsPolicyRegistry registry;

	@Test
	void browserModelServerAndChromiumAgreeOnEveryCase() {
		BrowserDifferential.Report report = new BrowserDifferential("Spring WebFlux", this.port, this.probes,
				(policy) -> this.registry.policy(policy).policy().allowCredentials()).run();
		report.assertReachesEveryDimension();
		assertThat(report.disagreements()).isEmpty();
	}

}
