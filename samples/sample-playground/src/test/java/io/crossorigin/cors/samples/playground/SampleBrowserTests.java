package io.crossorigin.cors.samples.playground;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.crossorigin.cors.samples.playground.BrowserScenario.EVIL;
import static io.crossorigin.cors.samples.playground.BrowserScenario.SAME_ORIGIN;
import static io.crossorigin.cors.samples.playground.BrowserScenario.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples' cross-origin scenarios in a real headless Chromium: a page served by the sample
 * calls the sample's API from another origin, and each scenario asserts what the page's script
 * could and could not read, and whether the server saw a preflight. Both samples run this table,
 * with Spring Security in front of their admin API, with and without {@code http.cors()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SampleBrowserTests {

	/** The samples' admin user, {@code spring.security.user} in their {@code application.yml}. */
	static final String ADMIN_AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
		.encodeToString("admin:cors-sample".getBytes(java.nio.charset.StandardCharsets.UTF_8));

	static final String WRONG_AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
		.encodeToString("admin:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8));

	private Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected ProbeLog probes;

	/**
	 * The engine these scenarios run in: Chromium, unless a subclass starts another.
	 * @return a started browser
	 */
	protected Browser startBrowser() {
		return ChromiumBrowser.start();
	}

	@BeforeAll
	void start() {
		this.browser = startBrowser();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	static Stream<BrowserScenario> scenarios() {
		return Stream.of(
				named("simple GET: the page reads the body and the exposed X-Total-Count").readable(200)
					.preflighted(false).canRead("x-total-count", "content-type").cannotRead("x-served-by")
					.bodyContains("book"),
				named("a header the policy does not expose stays hidden").readable(200).cannotRead("x-served-by", "vary"),
				named("JSON POST is preflighted, then allowed").fetch("POST", "/api/orders")
					.header("Content-Type", "application/json").body("\"lamp\"").readable(201).preflighted(true),
				named("text/plain POST needs no preflight").fetch("POST", "/api/orders").header("Content-Type", "text/plain")
					.body("pen").readable(201).preflighted(false),
				named("PUT is preflighted, then allowed").fetch("PUT", "/api/orders/2").header("Content-Type", "text/plain")
					.body("mug").readable(200).preflighted(true),
				named("DELETE is preflighted, then allowed").fetch("DELETE", "/api/orders/99").readable(204).preflighted(true),
				named("PATCH is refused at the preflight").fetch("PATCH", "/api/orders/1").blocked().preflighted(true),
				named("an allowed custom header is preflighted, then allowed").header("X-Request-Id", "42").readable(200)
					.preflighted(true),
				named("a custom header the policy does not allow is refused").header("X-Secret", "42").blocked()
					.preflighted(true),
				named("Authorization is refused where not allowed").header("Authorization", "Bearer x").blocked(),
				named("a safelisted Accept header needs no preflight").header("Accept", "application/json").readable(200)
					.preflighted(false),
				named("credentials are allowed by the orders policy").credentials("include").readable(200),
				named("omitted credentials are fine too").credentials("omit").readable(200),
				named("the annotated partners policy applies to its controller").fetch("GET", "/partners/feed")
					.readable(200).canRead("x-feed-version").cannotRead("x-total-count"),
				named("the partners policy refuses credentials").fetch("GET", "/partners/feed").credentials("include")
					.blocked(),
				named("the partners policy refuses PUT").fetch("PUT", "/partners/feed").blocked().preflighted(true),
				named("a page from a disallowed origin cannot read the API").from(EVIL).blocked().preflighted(false),
				named("a page from a disallowed origin fails at the preflight").from(EVIL).fetch("DELETE", "/api/orders/1")
					.blocked().preflighted(true),
				named("a path no policy covers cannot be read cross-origin").fetch("GET", "/stats").blocked(),
				named("the same path is readable same-origin").from(SAME_ORIGIN).fetch("GET", "/stats").readable(200),
				named("a server error stays readable with its status").fetch("GET", "/api/orders/fail").readable(500),
				named("a not-found error stays readable with its status").fetch("GET", "/api/orders/999").readable(404),
				named("a HEAD request is allowed where GET is").fetch("HEAD", "/api/orders").readable(200)
					.canRead("x-total-count"),

				// the admin API behind Spring Security (HTTP Basic)
				named("protected API without credentials: the page reads the 401").fetch("GET", "/api/admin/settings")
					.credentials("include").readable(401).preflighted(false),
				named("protected API with credentials and Authorization: preflighted, then the page reads the body")
					.fetch("GET", "/api/admin/settings").header("Authorization", ADMIN_AUTHORIZATION)
					.credentials("include").readable(200).preflighted(true).bodyContains("theme"),
				named("protected API with a wrong password: preflighted, then the page reads the 401")
					.fetch("GET", "/api/admin/settings").header("Authorization", WRONG_AUTHORIZATION)
					.credentials("include").readable(401).preflighted(true),
				named("protected API: a preflighted PUT with credentials succeeds").fetch("PUT", "/api/admin/settings/theme")
					.header("Authorization", ADMIN_AUTHORIZATION).header("Content-Type", "text/plain").body("dark")
					.credentials("include").readable(200).preflighted(true).bodyContains("dark"),
				named("protected API: a page from a disallowed origin fails at the preflight, credentials or not")
					.from(EVIL).fetch("GET", "/api/admin/settings").header("Authorization", ADMIN_AUTHORIZATION)
					.credentials("include").blocked().preflighted(true),
				named("protected API: a page from a disallowed origin cannot read the 401").from(EVIL)
					.fetch("GET", "/api/admin/settings").credentials("include").blocked().preflighted(false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void scenario(BrowserScenario scenario) {
		this.browser.open("http://" + scenario.pageHost + ":" + this.port + "/");
		String probe = Long.toString(System.nanoTime(), 36);
		String url = "http://127.0.0.1:" + this.port + scenario.path + "?probe=" + probe;
		Browser.FetchResult result = this.browser.fetch(url,
				Browser.init(scenario.method, scenario.headers, scenario.credentials, scenario.body));
		List<ProbeLog.Exchange> exchanges = this.probes.exchanges(probe);

		assertThat(result.readable()).as("readable? %s; server saw %s", result, exchanges).isEqualTo(scenario.readable);
		if (scenario.readable) {
			assertThat(result.status()).isEqualTo(scenario.status);
			for (String name : scenario.readableHeaders) {
				assertThat(result.headers()).as("headers the script can read").containsKey(name);
			}
			for (String name : scenario.hiddenHeaders) {
				assertThat(result.headers()).as("headers the script can read").doesNotContainKey(name);
			}
			if (scenario.bodyContains != null) {
				assertThat(result.body()).contains(scenario.bodyContains);
			}
		}
		if (scenario.preflighted != null) {
			assertThat(exchanges.stream().anyMatch(ProbeLog.Exchange::preflight)).as("preflight seen in %s", exchanges)
				.isEqualTo(scenario.preflighted);
		}
	}

	@Test
	void aPageFromAnAllowedOriginOpensTheOrderUpdatesWebSocketAndExchangesAMessage() {
		this.browser.open("http://localhost:" + this.port + "/");
		Browser.WebSocketResult result = this.browser.openWebSocket("ws://127.0.0.1:" + this.port + "/ws/orders", "42");
		assertThat(result.opened()).as("%s", result).isTrue();
		assertThat(result.greeting()).as("%s", result).isEqualTo("subscribed to order updates");
		assertThat(result.received()).as("%s", result).isEqualTo("order update: 42");
	}

	@Test
	void aPageFromADisallowedOriginCannotOpenTheOrderUpdatesWebSocket() {
		this.browser.open("http://" + BrowserScenario.EVIL + ":" + this.port + "/");
		Browser.WebSocketResult result = this.browser.openWebSocket("ws://127.0.0.1:" + this.port + "/ws/orders", "42");
		assertThat(result.opened()).as("%s", result).isFalse();
		assertThat(result.errored()).as("%s", result).isTrue();
		assertThat(result.greeting()).isNull();
		assertThat(result.received()).isNull();
	}

	@Test
	void playgroundOpensTheOrderUpdatesWebSocketFromItsCrossOriginPage() {
		this.browser.open("http://localhost:" + this.port + "/");
		this.browser.execute("document.getElementById('ws-open').click();");
		String text = "";
		for (int i = 0; i < 100 && !text.startsWith("Open") && !text.startsWith("Refused"); i++) {
			sleep();
			text = (String) this.browser.execute("return document.getElementById('ws-result').textContent;");
		}
		assertThat(text).isEqualTo("Open: sent \"42\", the server answered \"order update: 42\"");
	}

	@Test
	void playgroundShowsWhatTheBrowserDidWhatTheModelPredictedAndWhyTheServerDecided() {
		this.browser.open("http://localhost:" + this.port + "/");
		this.browser.execute("document.querySelector('#presets button:nth-child(6)').click();"); // PATCH (method not allowed)
		this.browser.execute("document.getElementById('send').click();");
		String text = waitForResults();
		assertThat(text).contains("Blocked", "Preflight sent: yes", "✔ the model agrees with your browser",
				"PREFLIGHT_REJECTED: the method is not allowed ('PATCH')");

		this.browser.execute("document.querySelector('#presets button:nth-child(1)').click();"); // Simple GET
		this.browser.execute("document.getElementById('results').hidden = true;");
		this.browser.execute("document.getElementById('send').click();");
		text = waitForResults();
		assertThat(text).contains("Allowed: status 200", "Preflight sent: no", "x-total-count",
				"✔ the model agrees with your browser", "ACTUAL_ALLOWED: the policy allows the request");
	}

	@Test
	void playgroundShowsThePreflightCacheSparingASecondPreflight() {
		this.browser.open("http://localhost:" + this.port + "/");
		this.browser.execute("document.querySelector('#presets button:nth-child(7)').click();"); // GET with X-Request-Id (preflighted)
		this.browser.execute("document.getElementById('send').click();");
		String text = waitForResults();
		assertThat(text).contains("Allowed: status", "Preflight sent: yes", "Preflight needed: yes",
				"✔ the model agrees with your browser", "PREFLIGHT_ACCEPTED");

		this.browser.execute("document.getElementById('results').hidden = true;");
		this.browser.execute("document.getElementById('send-again').click();");
		text = waitForResults();
		assertThat(text).contains("Preflight sent: no", "Preflight needed: no",
				"the preflight cache still holds the answer to this request's earlier preflight",
				"✔ the model agrees with your browser", "ACTUAL_ALLOWED")
			.doesNotContain("PREFLIGHT_ACCEPTED");
	}

	@Test
	void playgroundShowsWhichEngineThePageRunsInAndJudgesWithTheModelsRulesForIt() {
		this.browser.open("http://localhost:" + this.port + "/");
		assertThat((String) this.browser.execute("return document.getElementById('engine').textContent;"))
			.startsWith(this.browser.engine() + " ");
		this.browser.execute("document.querySelector('#presets button:nth-child(1)').click();"); // Simple GET
		this.browser.execute("document.getElementById('send').click();");
		assertThat(waitForResults()).contains("Judged by the model's " + this.browser.engine() + " rules.",
				"✔ the model agrees with your browser");
	}

	private String waitForResults() {
		for (int i = 0; i < 100; i++) {
			Object hidden = this.browser.execute("return document.getElementById('results').hidden;");
			if (Boolean.FALSE.equals(hidden)) {
				return (String) this.browser.execute("return document.getElementById('results').innerText;");
			}
			sleep();
		}
		throw new AssertionError("the playground showed no result");
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
