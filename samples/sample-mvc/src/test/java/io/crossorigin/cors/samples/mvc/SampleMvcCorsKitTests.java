package io.crossorigin.cors.samples.mvc;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;

/**
 * The sample's CORS configuration checked with the test kit, through {@code MockMvc} with the
 * application's filters, Spring Security's included: what the README's "Testing your CORS
 * configuration" shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SampleMvcCorsKitTests {

	private static final String SHOP = "https://app.example.com";

	@Autowired
	MockMvc mockMvc;

	@Autowired
	CorsPolicyRegistry policies;

	@Test
	void everyPolicyHoldsInABrowser() {
		assertThatPoliciesOf(this.policies).against(this.mockMvc);
	}

	@Test
	void theShopReadsOrdersAndTheirTotal() {
		assertThatBrowserAt(SHOP).fetching(get("/api/orders"))
			.against(this.mockMvc)
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
			.against(this.mockMvc)
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(401);
	}

	@Test
	void otherSitesCannotReadOrders() {
		assertThatBrowserAt("https://evil.example.org").fetching(get("/api/orders")).against(this.mockMvc).isBlocked();
	}

}
