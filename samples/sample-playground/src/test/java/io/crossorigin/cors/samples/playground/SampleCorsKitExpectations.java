package io.crossorigin.cors.samples.playground;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.test.BrowserVerdictAssert;
import io.crossorigin.cors.test.PendingFetch;
import io.crossorigin.cors.test.PolicyCheck;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;

/**
 * What the README's "Testing your CORS configuration" shows, held against a sample with Spring
 * Security in front: each sample runs these through its in-process client and over HTTP.
 */
public abstract class SampleCorsKitExpectations {

	private static final String SHOP = "https://app.example.com";

	@Autowired
	protected CorsPolicyRegistry policies;

	/**
	 * Runs the fetch against the application under test.
	 * @param fetch the fetch
	 * @return the browser's verdict
	 */
	protected abstract BrowserVerdictAssert run(PendingFetch fetch);

	/**
	 * Runs the policy check against the application under test.
	 * @param check the check
	 */
	protected abstract void run(PolicyCheck check);

	/**
	 * The policies of the application under test.
	 * @return its registry
	 */
	protected CorsPolicyRegistry policies() {
		return this.policies;
	}

	@Test
	void everyPolicyHoldsInABrowser() {
		run(assertThatPoliciesOf(policies()));
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

	/**
	 * The expectations over HTTP, against the sample started on a random port.
	 */
	public abstract static class OverHttp extends SampleCorsKitExpectations {

		@LocalServerPort
		protected int port;

		@Override
		protected BrowserVerdictAssert run(PendingFetch fetch) {
			return fetch.against(URI.create("http://localhost:" + this.port));
		}

		@Override
		protected void run(PolicyCheck check) {
			check.against(URI.create("http://localhost:" + this.port));
		}

		@Test
		void theShopOpensOrderUpdates() {
			assertThatBrowserAt(SHOP).openingWebSocket("/ws/orders")
				.against(URI.create("http://localhost:" + this.port))
				.isAllowed();
		}

		@Test
		void otherSitesCannotOpenOrderUpdates() {
			assertThatBrowserAt("https://evil.example.org").openingWebSocket("/ws/orders")
				.against(URI.create("http://localhost:" + this.port))
				.isRefused();
		}

	}

}
