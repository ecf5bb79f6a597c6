package io.crossorigin.cors.samples.webflux;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.Browser;
import io.crossorigin.cors.samples.playground.FirefoxBrowser;
import io.crossorigin.cors.samples.playground.SampleBrowserTests;

/**
 * The browser scenarios against the Spring WebFlux sample on Netty with Spring's
 * {@code http.cors(withDefaults())} in its security configuration, in Firefox (WebDriver BiDi): the
 * same table must pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.security.http-cors=true")
class SampleWebFluxHttpCorsFirefoxBrowserTests extends SampleBrowserTests {

	@Override
	protected Browser startBrowser() {
		return FirefoxBrowser.start();
	}

}
