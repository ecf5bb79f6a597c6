package io.crossorigin.cors.test;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsProperties;

import static io.crossorigin.cors.test.BrowserAssertions.assertThatBrowserAt;
import static io.crossorigin.cors.test.BrowserAssertions.assertThatPoliciesOf;
import static io.crossorigin.cors.test.BrowserAssertions.delete;
import static io.crossorigin.cors.test.BrowserAssertions.get;
import static io.crossorigin.cors.test.BrowserAssertions.put;
import static io.crossorigin.cors.test.KitApplication.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the kit must say about {@link KitApplication}, whatever the target: each stack's test runs
 * these against its own {@code MockMvc}, {@code WebTestClient} or base URL.
 */
abstract class BrowserAssertionsContract {

	abstract PendingFetchTarget target();

	/** Runs the policy check against the same target. */
	abstract PolicyCheckReport check(PolicyCheck check);

	@Autowired
	CorsPolicyRegistry registry;

	@Test
	void everyConfiguredPolicyPassesTheCheckAndThoseNoPathSelectsAreListedAsSkipped() {
		PolicyCheckReport report = check(assertThatPoliciesOf(this.registry));
		assertThat(report.checked()).contains("api", "chat");
		assertThat(report.skipped()).singleElement()
			.isEqualTo("policy 'partners': it has no path patterns, so only @CrossOriginPolicy selects it");
		assertThat(report.checks()).isPositive();
	}

	@Test
	void aPolicyTheApplicationDoesNotHonourFailsTheCheckWithEveryMiss() {
		CorsPolicyProperties ghost = new CorsPolicyProperties();
		ghost.setPathPatterns(List.of("/api/**"));
		ghost.setAllowedOrigins(List.of("https://ghost.example.com"));
		ghost.setAllowedMethods(List.of("GET", "DELETE"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("ghost", ghost);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> check(assertThatPoliciesOf(CorsPolicyRegistry.of(properties))))
			.withMessageContaining("CORS policy checks failed")
			.withMessageContaining("policy 'ghost' on /api/x: a browser at https://ghost.example.com cannot read GET")
			.withMessageContaining("the preflight of https://ghost.example.com for DELETE fails");
	}

	@Test
	void aSimpleGetFromTheAllowedOriginIsReadableWithItsExposedHeaderOnly() {
		target().run(assertThatBrowserAt(APP).fetching(get("/api/orders")))
			.sendsNoPreflight()
			.isAllowed()
			.canReadStatus(200)
			.canReadHeader("X-Total-Count")
			.canReadHeader("content-type")
			.cannotReadHeader("X-Secret");
	}

	@Test
	void aPutWithACustomHeaderAndCredentialsIsPreflightedAndAllowed() {
		target().run(assertThatBrowserAt(APP)
			.fetching(put("/api/orders/7").header("X-Request-Id", "7").header("Content-Type", "application/json").withCredentials()))
			.sendsPreflight()
			.isAllowed()
			.canReadStatus(200);
	}

	@Test
	void aSecondFetchWithinMaxAgeSendsNoPreflightAndOneAfterItDoes() {
		// kit.properties: max-age 10m
		BrowserAt browser = assertThatBrowserAt(APP);
		Fetch update = put("/api/orders/7").header("X-Request-Id", "7");
		target().run(browser.fetching(update)).sendsPreflight().isAllowed();
		target().run(browser.waiting(Duration.ofMinutes(9)).fetching(update)).sendsNoPreflight().isAllowed();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(browser.fetching(update)).sendsPreflight())
			.withMessageContaining("still holds the result of an earlier one");
		target().run(browser.waiting(Duration.ofMinutes(2)).fetching(update)).sendsPreflight().isAllowed();
		target().run(browser.fetching(put("/api/orders/8").header("X-Request-Id", "8"))).sendsPreflight();
	}

	@Test
	void anErrorStatusIsReadableToo() {
		target().run(assertThatBrowserAt(APP).fetching(get("/api/orders/missing"))).isAllowed().canReadStatus(404);
	}

	@Test
	void aRedirectWithinTheApplicationIsFollowedAndThePageReadsTheFinalResponse() {
		target().run(assertThatBrowserAt(APP).fetching(get("/api/orders/old")))
			.isAllowed()
			.canReadStatus(200)
			.canReadHeader("X-Total-Count");
	}

	@Test
	void aRedirectToAnotherSiteIsNamedAsBeyondTheKitsReach() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/api/orders/login"))).isAllowed())
			.withMessageContaining("the browser follows a redirect to https://login.example.net/start, outside the"
					+ " application under test")
			.withMessageContaining("Origin: null")
			.withMessageContaining("GET /api/orders/login");
	}

	@Test
	void anotherOriginIsBlockedAndTheMessageNamesTheFix() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt("https://evil.example.org").fetching(get("/api/orders")))
				.isAllowed())
			.withMessageContaining("the browser blocks it")
			.withMessageContaining("No Access-Control-Allow-Origin header is present")
			.withMessageContaining(System.lineSeparator() + "Fix: No policy allowed this origin")
			.withMessageContaining("GET /api/orders [Origin: https://evil.example.org] -> 200");
		target().run(assertThatBrowserAt("https://evil.example.org").fetching(get("/api/orders"))).isBlocked();
	}

	@Test
	void aMethodThePolicyDoesNotAllowFailsThePreflightAndTheMessageNamesTheProperty() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(delete("/api/orders/7"))).isAllowed())
			.withMessageContaining("the preflight fails")
			.withMessageContaining("its allowed-methods holds DELETE")
			.withMessageContaining("preflight OPTIONS /api/orders/7 [Origin: https://app.example.com, "
					+ "Access-Control-Request-Method: DELETE] -> 403");
	}

	@Test
	void aHeaderThePolicyDoesNotAllowFailsThePreflightAndTheMessageNamesTheProperty() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/api/orders").header("X-Tenant", "a")))
				.isAllowed())
			.withMessageContaining("the preflight fails")
			.withMessageContaining("its allowed-headers holds x-tenant");
	}

	@Test
	void aHeaderThatIsNotExposedIsNamedWithTheFix() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/api/orders"))).canReadHeader("X-Secret"))
			.withMessageContaining("to read the response header 'X-Secret'")
			.withMessageContaining("exposed-headers");
	}

	@Test
	void aPathNoPolicyCoversIsBlocked() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/internal/health"))).isAllowed())
			.withMessageContaining("path-patterns");
	}

	@Test
	void anAllowedResponseMakesIsBlockedFail() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/api/orders"))).isBlocked())
			.withMessageContaining("Expected a browser at https://app.example.com fetching GET /api/orders to be blocked")
			.withMessageContaining("status 200");
	}

	@Test
	void aSimpleRequestMakesSendsPreflightFail() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> target().run(assertThatBrowserAt(APP).fetching(get("/api/orders"))).sendsPreflight())
			.withMessageContaining("the request is simple");
	}

	/** Runs a pending fetch against one target. */
	@FunctionalInterface
	interface PendingFetchTarget {

		BrowserVerdictAssert run(PendingFetch fetch);

	}

}
