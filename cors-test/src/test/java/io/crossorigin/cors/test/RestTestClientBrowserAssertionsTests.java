package io.crossorigin.cors.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The kit against a Spring MVC application through a {@code RestTestClient} bound to its {@code MockMvc}. */
@SpringBootTest(classes = KitApplication.class,
		properties = { "spring.main.web-application-type=servlet", "spring.config.name=kit" })
@AutoConfigureMockMvc
class RestTestClientBrowserAssertionsTests extends BrowserAssertionsContract {

	@Autowired
	MockMvc mockMvc;

	@Override
	PendingFetchTarget target() {
		RestTestClient client = RestTestClient.bindTo(this.mockMvc).build();
		return (fetch) -> fetch.against(client);
	}

	@Override
	PolicyCheckReport check(PolicyCheck check) {
		return check.against(RestTestClient.bindTo(this.mockMvc).build());
	}

}
