package io.crossorigin.cors.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The kit against a Spring WebFlux application through a {@code WebTestClient} bound to its context. */
@SpringBootTest(classes = KitApplication.class,
		properties = { "spring.main.web-application-type=reactive", "spring.config.name=kit" })
class WebTestClientBrowserAssertionsTests extends BrowserAssertionsContract {

	@Autowired
	ApplicationContext context;

	@Override
	PendingFetchTarget target() {
		WebTestClient client = WebTestClient.bindToApplicationContext(this.context).build();
		return (fetch) -> fetch.against(client);
	}

	@Override
	PolicyCheckReport check(PolicyCheck check) {
		return check.against(WebTestClient.bindToApplicationContext(this.context).build());
	}

}
