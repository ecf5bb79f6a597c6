package io.crossorigin.cors.samples.mvc;

import java.net.URI;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.test.BrowserVerdictAssert;
import io.crossorigin.cors.test.PendingFetch;
import io.crossorigin.cors.test.PolicyCheck;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;

/**
 * The sample's CORS configuration checked with the test kit, Spring Security in front: through
 * {@code MockMvc} with the application's filters (what the README's "Testing your CORS
 * configuration" shows), and over HTTP against the running sample on Tomcat.
 */
class SampleMvcCorsKitTests {

	private static final String SHOP = "https://app.example.com";

	abstract static class Expectations {

		@Autowired
		CorsPolicyRegistry policies;

		/** Runs the fetch against the application under test. */
		abstract BrowserVerdictAssert run(PendingFetch fetch);

		/** Runs the policy check against the application under test. */
		abstract void run(PolicyCheck check);

		@Test
		void everyPolicyHoldsInABrowser() {
			run(assertThatPoliciesOf(this.policies));
		}

		@Test
		void theShopReadsOrdersAndTheirTotal() {
			run(assertThatBrowserAt(SHOP).fetching(get("/api/orders"))).sendsNoPreflight()
				.isAllowed()
				.canReadStatus(200)
				.canReadHeader("X-Total-Count");
		}

		@Test
		void theShopReadsTheAdminApisRefusalOfAWrongPassword() {
			run(assertThatBrowserAt(SHOP).fetching(put("/api/admin/settings")
				.header("Authorization", "Basic YWRtaW46d3Jvbmc=")
				.header("Content-Type", "application/json")
				.withCredentials())).sendsPreflight().isAllowed().canReadStatus(401);
		}

		@Test
		void otherSitesCannotReadOrders() {
			run(assertThatBrowserAt("https://evil.example.org").fetching(get("/api/orders"))).isBlocked();
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class ThroughMockMvc extends Expectations {

		@Autowired
		MockMvc mockMvc;

		@Override
		BrowserVerdictAssert run(PendingFetch fetch) {
			return fetch.against(this.mockMvc);
		}

		@Override
		void run(PolicyCheck check) {
			check.against(this.mockMvc);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class OverHttp extends Expectations {

		@LocalServerPort
		int port;

		@Override
		BrowserVerdictAssert run(PendingFetch fetch) {
			return fetch.against(URI.create("http://localhost:" + this.port));
		}

		@Override
		void run(PolicyCheck check) {
			check.against(URI.create("http://localhost:" + this.port));
		}

	}

}
