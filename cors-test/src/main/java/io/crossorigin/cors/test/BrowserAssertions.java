package io.crossorigin.cors.test;

import java.util.List;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

/**
 * Entry point of the test kit: a CORS expectation as one assertion, judged the way a browser judges
 * it.
 *
 * <pre class="code">
 * assertThatBrowserAt("https://app.example.com")
 *     .fetching(put("/api/orders/7").header("X-Request-Id", "7").withCredentials())
 *     .against(mockMvc)
 *     .sendsPreflight()
 *     .isAllowed()
 *     .canReadHeader("X-Total-Count");
 * </pre>
 */
public final class BrowserAssertions {

	private BrowserAssertions() {
	}

	/**
	 * A browser showing a page of the given origin.
	 * @param origin the page's origin, as a browser sends it ({@code https://app.example.com})
	 * @return the browser, to say what it fetches
	 */
	public static BrowserAt assertThatBrowserAt(String origin) {
		return new BrowserAt(origin);
	}

	/**
	 * Every policy of the application, to check in one call that its origins, methods and headers
	 * are allowed and that near misses of its origins are blocked: see {@link PolicyCheck}.
	 * @param registry the application's policies
	 * @return the check, to run {@code against} the application
	 */
	public static PolicyCheck assertThatPoliciesOf(CorsPolicyRegistry registry) {
		return new PolicyCheck(registry);
	}

	/**
	 * A {@code fetch()} of the given method.
	 * @param method the method, as the script writes it
	 * @param path the path on the application, with its query if any
	 * @return the fetch
	 */
	public static Fetch request(String method, String path) {
		return new Fetch(method, path, List.of(), false);
	}

	/**
	 * A {@code GET}.
	 * @param path the path
	 * @return the fetch
	 */
	public static Fetch get(String path) {
		return request("GET", path);
	}

	/**
	 * A {@code POST}.
	 * @param path the path
	 * @return the fetch
	 */
	public static Fetch post(String path) {
		return request("POST", path);
	}

	/**
	 * A {@code PUT}.
	 * @param path the path
	 * @return the fetch
	 */
	public static Fetch put(String path) {
		return request("PUT", path);
	}

	/**
	 * A {@code PATCH}.
	 * @param path the path
	 * @return the fetch
	 */
	public static Fetch patch(String path) {
		return request("PATCH", path);
	}

	/**
	 * A {@code DELETE}.
	 * @param path the path
	 * @return the fetch
	 */
	public static Fetch delete(String path) {
		return request("DELETE", path);
	}

}
