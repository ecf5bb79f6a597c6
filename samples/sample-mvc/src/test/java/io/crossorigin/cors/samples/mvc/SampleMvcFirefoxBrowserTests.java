package io.crossorigin.cors.samples.mvc;

import org.springframework.boot.test.context.SpringBootTest;

import io.crossorigin.cors.samples.playground.Browser;
import io.crossorigin.cors.samples.playground.FirefoxBrowser;
import io.crossorigin.cors.samples.playground.SampleBrowserTests;

/**
 * The browser scenarios against the Spring MVC sample on Tomcat, in Firefox (WebDriver BiDi).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleMvcFirefoxBrowserTests extends SampleBrowserTests {

	@Override
	protected Browser startBrowser() {
		return FirefoxBrowser.start();
	}

}
