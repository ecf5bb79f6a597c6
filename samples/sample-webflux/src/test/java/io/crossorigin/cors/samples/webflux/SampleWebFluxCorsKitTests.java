package io.crossorigin.cors.samples.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;

/**
 * The sample's CORS configuration checked with the test kit, through a {@code WebTestClient}
 * bound to the application context, Spring Security's filter chain included: what the README's
 * "Testing your CORS configuration" shows.
 */
@SpringBootTest
class SampleWebFluxCorsKitTests {

	private static final String SHOP = "https://app.example.com";

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	@Autowired
	CorsPolicyRegistry policies;

	private WebTestClient client() {
		if (this.client == null) {
			this.client = WebTestClient.bindToApplicationContext(this.context).build();
		}
		return this.client;
	}

	@Test
	void everyPolicyHoldsInABrowser() {
		assertThatPoliciesOf(this.policies).against(client());
	}

	@Test
	void theShopReadsOrdersAndTheirTotal() {
		assertThatBrowserAt(SHOP).fetching(get("/api/orders"))
			.against(client())
			.sendsNoPreflight()
			.isAllowed()
			.canReadStatus(200)
			.canReadHeader("X-Total-Count");
	}

	@Test
	void theShopReadsTheAdminApisRefusalOfAWrongPassword() {
		assertThatBrowserAt(SHOP)
			.fetching(put("/api/admin/settings").header("Authorization", "Basic YWRtaW46d3Jvbmc=")
				.header("Content-Type", "application/json")
				.withCredentials())
			.against(client())
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(401);
	}

	@Test
	void otherSitesCannotReadOrders() {
		assertThatBrowserAt("https://evil.example.org").fetching(get("/api/orders")).against(client()).isBlocked();
	}

}
