package io.crossorigin.cors.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

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
	void check(PolicyCheck check) {
		check.against(this.mockMvc);
	}

}
