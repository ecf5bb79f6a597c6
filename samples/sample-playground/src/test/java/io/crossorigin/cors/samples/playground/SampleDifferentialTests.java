package io.crossorigin.cors.samples.playground;

import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.spring.CorsPolicyRegistry;

/**
 * The browser model, the starter's decisions on a sample (Spring Security in front, as the sample
 * runs) and a real browser agree on every generated case, in Chromium and in Firefox; see
 * {@link BrowserDifferential}. Each sample runs it against its own server.
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

	/**
	 * One seed, its cases run in Chromium and then in Firefox: the model with each engine's
	 * profile, the server and each engine agree on every case, and what the two engines did
	 * differently on the same cases is counted (each difference one the profiles predicted).
	 */
	@Test
	void browserModelServerChromiumAndFirefoxAgreeOnEveryCase() {
		long seed = BrowserDifferential.seed();
		DifferentialReport chromium = run(seed, ChromiumBrowser::start, BrowserProfile.CHROMIUM);
		DifferentialReport firefox = run(seed, FirefoxBrowser::start, BrowserProfile.FIREFOX);
		DifferentialReport.compareEngines(chromium, firefox);
		SoftAssertions.assertSoftly((softly) -> {
			softly.check(chromium::assertReachesEveryDimension);
			softly.check(firefox::assertReachesEveryDimension);
			softly.assertThat(chromium.disagreements()).as("Chromium's disagreements").isEmpty();
			softly.assertThat(firefox.disagreements()).as("Firefox's disagreements").isEmpty();
		});
	}

	private DifferentialReport run(long seed, Supplier<Browser> engine, BrowserProfile profile) {
		return new BrowserDifferential(this.stack, this.port, this.probes,
				(policy) -> this.registry.policy(policy).policy().allowCredentials(), seed, engine, profile).run();
	}

}
