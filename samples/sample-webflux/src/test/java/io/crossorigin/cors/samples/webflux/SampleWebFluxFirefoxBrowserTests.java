package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.Browser;
import io.crossorigin.cors.samples.playground.FirefoxBrowser;
import io.crossorigin.cors.samples.playground.SampleBrowserTests;

/**
 * The browser scenarios against the Spring WebFlux sample on Netty, in Firefox (WebDriver BiDi).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleWebFluxFirefoxBrowserTests extends SampleBrowserTests {

	@Override
	protected Browser startBrowser() {
		return FirefoxBrowser.start();
	}

}
