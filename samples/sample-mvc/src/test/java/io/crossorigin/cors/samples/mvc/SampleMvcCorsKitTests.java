package io.crossorigin.cors.samples.mvc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.crossorigin.cors.samples.playground.SampleCorsKitExpectations;
import io.crossorigin.cors.test.BrowserVerdictAssert;
import io.crossorigin.cors.test.PendingFetch;
import io.crossorigin.cors.test.PolicyCheck;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;

/**
 * The sample's CORS configuration checked with the test kit, Spring Security in front: through
 * {@code MockMvc} with the application's filters (what the README's "Testing your CORS
 * configuration" shows), and over HTTP against the running sample on Tomcat.
 */
class SampleMvcCorsKitTests {

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class ThroughMockMvc extends SampleCorsKitExpectations {

		@Autowired
		MockMvc mockMvc;

		@Override
		protected BrowserVerdictAssert run(PendingFetch fetch) {
			return fetch.against(this.mockMvc);
		}

		@Override
		protected void run(PolicyCheck check) {
			check.against(this.mockMvc);
		}

		@Test
		void theShopOpensOrderUpdates() {
			assertThatBrowserAt("https://app.example.com").openingWebSocket("/ws/orders").against(this.mockMvc).isAllowed();
		}

		@Test
		void otherSitesCannotOpenOrderUpdates() {
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/orders").against(this.mockMvc)
				.isRefused();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class OverHttp extends SampleCorsKitExpectations.OverHttp {

	}

}
