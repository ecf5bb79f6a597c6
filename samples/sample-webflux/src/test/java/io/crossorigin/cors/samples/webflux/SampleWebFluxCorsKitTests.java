package io.crossorigin.cors.samples.webflux;

import org.junit.jupiter.api.Nested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.crossorigin.cors.samples.playground.SampleCorsKitExpectations;
import io.crossorigin.cors.test.BrowserVerdictAssert;
import io.crossorigin.cors.test.PendingFetch;
import io.crossorigin.cors.test.PolicyCheck;

/**
 * The sample's CORS configuration checked with the test kit, Spring Security in front: through a
 * {@code WebTestClient} bound to the application context, Security's filter chain included (what
 * the README's "Testing your CORS configuration" shows), and over HTTP against the running sample
 * on Netty.
 */
class SampleWebFluxCorsKitTests {

	@Nested
	@SpringBootTest
	class ThroughWebTestClient extends SampleCorsKitExpectations {

		@Autowired
		ApplicationContext context;

		private WebTestClient client() {
			return WebTestClient.bindToApplicationContext(this.context).build();
		}

		@Override
		protected BrowserVerdictAssert run(PendingFetch fetch) {
			return fetch.against(client());
		}

		@Override
		protected void run(PolicyCheck check) {
			check.against(client());
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class OverHttp extends SampleCorsKitExpectations.OverHttp {

	}

}
