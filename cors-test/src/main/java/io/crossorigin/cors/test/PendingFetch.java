package io.crossorigin.cors.test;

import java.net.URI;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A fetch waiting for the application to run against. Each {@code against} sends what the browser
 * would (the preflight when one is needed, then the request), judges the answers as the browser
 * does, and returns assertions on the verdict.
 */
public final class PendingFetch {

	private final BrowserAt browser;

	private final Fetch fetch;

	PendingFetch(BrowserAt browser, Fetch fetch) {
		this.browser = browser;
		this.fetch = fetch;
	}

	/**
	 * Runs the fetch through a {@link MockMvc}. Build it with the application's filters (as
	 * {@code @AutoConfigureMockMvc} does), or the starter's filter ahead of Spring Security is missing.
	 * @param mockMvc the application
	 * @return assertions on what the browser made of it
	 */
	public BrowserVerdictAssert against(MockMvc mockMvc) {
		return judge(new MockMvcTarget(mockMvc));
	}

	/**
	 * Runs the fetch through a {@link WebTestClient}, bound to an application context or a server.
	 * @param client the client
	 * @return assertions on what the browser made of it
	 */
	public BrowserVerdictAssert against(WebTestClient client) {
		return judge(new WebTestClientTarget(client));
	}

	/**
	 * Runs the fetch through a {@link RestTestClient}, bound to a {@code MockMvc}, an application
	 * context or a server.
	 * @param client the client
	 * @return assertions on what the browser made of it
	 */
	public BrowserVerdictAssert against(RestTestClient client) {
		return judge(new RestTestClientTarget(client));
	}

	/**
	 * Runs the fetch over HTTP against a running server.
	 * @param baseUrl the server's base URL, such as {@code http://localhost:8080}
	 * @return assertions on what the browser made of it
	 */
	public BrowserVerdictAssert against(URI baseUrl) {
		return judge(new HttpTarget(baseUrl));
	}

	private BrowserVerdictAssert judge(CorsTarget target) {
		return new BrowserVerdictAssert(BrowserVerdict.judge(this.browser.origin(), this.fetch, target,
				this.browser.preflightCache(), this.browser.now(), this.browser.heldCredentials()));
	}

}
