package io.crossorigin.cors.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The kit against a Spring MVC application through {@code MockMvc}, the starter's filter included. */
@SpringBootTest(classes = KitApplication.class,
		properties = { "spring.main.web-application-type=servlet", "spring.config.name=kit" })
@AutoConfigureMockMvc
class MockMvcBrowserAssertionsTests extends BrowserAssertionsContract {

	@Autowired
	MockMvc mockMvc;

	@Override
	PendingFetchTarget target() {
		return (fetch) -> fetch.against(this.mockMvc);
	}

	@Override
	PolicyCheckReport check(PolicyCheck check) {
		return check.against(this.mockMvc);
	}

	@Test
	void throughMockMvcTheMessageGivesTheServersOwnAccount() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> BrowserAssertions.assertThatBrowserAt(KitApplication.APP)
				.fetching(BrowserAssertions.delete("/api/orders/7"))
				.against(this.mockMvc)
				.isAllowed())
			.withMessageContaining("the server: policy 'api' PREFLIGHT_REJECTED")
			.withMessageContaining("('DELETE')");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> BrowserAssertions.assertThatBrowserAt(KitApplication.APP)
				.fetching(BrowserAssertions.get("/internal/health"))
				.against(this.mockMvc)
				.isAllowed())
			.withMessageContaining("the server: no policy covers this request");
	}

}
