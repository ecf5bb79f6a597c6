package io.crossorigin.cors.test;

import java.net.URI;

import org.junit.jupiter.api.Nested;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The kit over real HTTP, against the application on Tomcat and on Netty. */
class HttpBrowserAssertionsTests {

	@Nested
	@SpringBootTest(classes = KitApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=kit" })
	class Tomcat extends OverHttp {

	}

	@Nested
	@SpringBootTest(classes = KitApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=kit" })
	class Netty extends OverHttp {

	}

	/** The contract against the server the test started, over HTTP. */
	abstract static class OverHttp extends BrowserAssertionsContract {

		@LocalServerPort
		int port;

		private URI baseUrl() {
			return URI.create("http://localhost:" + this.port);
		}

		@Override
		PendingFetchTarget target() {
			return (fetch) -> fetch.against(baseUrl());
		}

		@Override
		PolicyCheckReport check(PolicyCheck check) {
			return check.against(baseUrl());
		}

	}

}
