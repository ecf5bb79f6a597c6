package io.crossorigin.cors.spring.secured;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.crossorigin.cors.spring.scenario.Scenario;

import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACAC;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACAH;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACAM;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACAO;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACEH;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACMA;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACRH;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.APP;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.EVIL;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.PARTNER;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.PREFLIGHT_VARY;
import static io.crossorigin.cors.spring.scenario.Scenario.SELF;
import static io.crossorigin.cors.spring.scenario.Scenario.named;

/**
 * The secured scenario table: what a browser must see from an application with Spring Security in
 * front of the policies of {@code secured.yml}. The same on both stacks and in every
 * {@link SecurityCorsMode}; {@link #withUserCorsSource()} adds the rows for the modes in which the
 * user has a CORS source of their own.
 */
final class SecuredScenarios {

	static final String USER = "user";

	static final String ADMIN = "admin";

	static final String PASSWORD = "password";

	static final String LEGACY = SecurityCorsMode.LEGACY_ORIGIN;

	/** What Spring's own CORS processing varies on, as one list: it writes each token as a field line of its own. */
	static final String SPRING_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	private SecuredScenarios() {
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An actual response the {@code api} policy allows. */
	private static Scenario allowedByApi(Scenario scenario) {
		return scenario.expectAllowed(APP, true, "X-Total-Count");
	}

	static List<Scenario> all() {
		String user = basic(USER, PASSWORD);
		String admin = basic(ADMIN, PASSWORD);
		return List.of(
				// preflights, decided by the policy before authentication
				named("preflight for PUT to a protected path is answered before authentication")
					.preflight("/api/orders/7", APP, "PUT").header(ACRH, "authorization,content-type").status(204)
					.expect(ACAO, APP).expect(ACAC, "true").expect(ACAM, "GET, POST, PUT, DELETE")
					.expect(ACAH, "Authorization, Content-Type, X-Request-Id").expect(ACMA, "600")
					.expect("Vary", PREFLIGHT_VARY).expectNo("WWW-Authenticate").handled(false),
				named("preflight from a disallowed origin is 403 without CORS headers, before authentication")
					.preflight("/api/orders", EVIL, "PUT").expectPreflightRejected().expectNo("WWW-Authenticate")
					.handled(false),
				named("preflight for a header the policy does not allow is 403").preflight("/api/orders", APP, "GET")
					.header(ACRH, "x-secret").expectPreflightRejected(),
				named("preflight to a permitted path is answered by its policy").preflight("/public/info", EVIL, "GET")
					.status(204).expect(ACAO, "*").expect(ACAM, "GET, HEAD, POST").expect(ACMA, "600")
					.expect("Vary", PREFLIGHT_VARY).handled(false),
				named("preflight to a covered path no controller maps is answered before authentication")
					.preflight("/api/nowhere", APP, "DELETE").status(204).expect(ACAO, APP).expect(ACAC, "true")
					.expect(ACAM, "GET, POST, PUT, DELETE").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY),
				named("preflight to a class-annotated handler selects its policy before authentication")
					.preflight("/api/partners/feed", PARTNER, "GET").status(204).expect(ACAO, PARTNER).expect(ACAC, "true")
					.expect(ACAM, "GET, PATCH").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY).handled(false),
				named("preflight to a class-annotated handler refuses the path pattern's origins")
					.preflight("/api/partners/feed", APP, "GET").expectPreflightRejected(),
				named("preflight to a method-annotated handler selects its policy before authentication")
					.preflight("/api/partners/status", EVIL, "GET").status(204).expect(ACAO, "*")
					.expect(ACAM, "GET, HEAD, POST").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY).handled(false),

				// actual requests: every response to an allowed origin carries the headers, whoever wrote it
				allowedByApi(named("unauthenticated request: the 401 is readable with CORS headers")
					.request("GET", "/api/orders").origin(APP).status(401)).handled(false),
				allowedByApi(named("wrong password: the 401 is readable with CORS headers").request("GET", "/api/orders")
					.origin(APP).header("Authorization", basic(USER, "wrong")).status(401)).handled(false),
				allowedByApi(named("authenticated request is allowed").request("GET", "/api/orders").origin(APP)
					.header("Authorization", user)).handled(true),
				allowedByApi(named("authenticated PUT is allowed").request("PUT", "/api/orders/7").origin(APP)
					.header("Authorization", user)).handled(true),
				named("unauthenticated request to a class-annotated handler carries its policy's headers")
					.request("GET", "/api/partners/feed").origin(PARTNER).status(401).expectAllowed(PARTNER, true, null),
				named("authenticated request to a method-annotated handler carries its policy's headers")
					.request("GET", "/api/partners/status").origin(EVIL).header("Authorization", user).expectShared(null)
					.handled(true),
				allowedByApi(named("the access-denied handler's 403 carries CORS headers").request("GET", "/api/admin/stats")
					.origin(APP).header("Authorization", user).status(403)).handled(false),
				allowedByApi(named("method security's 403 carries CORS headers").request("GET", "/api/orders/admin-only")
					.origin(APP).header("Authorization", user).status(403)).handled(false),
				allowedByApi(named("method security lets the admin through, with CORS headers")
					.request("GET", "/api/orders/admin-only").origin(APP).header("Authorization", admin)).handled(true),
				allowedByApi(named("a filter ahead of Spring Security answers 429: the response carries CORS headers")
					.request("GET", "/api/orders").origin(APP).header(EarlyAnsweringFilters.HEADER, "exceeded")
					.status(429)).handled(false),
				allowedByApi(named("a filter behind Spring Security ends the request with 400: the error response carries CORS headers")
					.request("GET", "/api/orders").origin(APP).header("Authorization", user)
					.header(EarlyAnsweringFilters.HEADER, "malformed").status(400)).handled(false),
				allowedByApi(named("an uncaught exception: Boot's error response carries CORS headers")
					.request("GET", "/api/orders/fail").origin(APP).header("Authorization", user).status(500)),
				allowedByApi(named("no handler on a covered path: Boot's 404 carries CORS headers").request("GET", "/api/nowhere")
					.origin(APP).header("Authorization", user).status(404)),

				// refused origins: never any CORS header, always Vary
				named("disallowed origin with credentials: the request proceeds without CORS headers")
					.request("GET", "/api/orders").origin(EVIL).header("Authorization", user).expectRefused().handled(true),
				named("disallowed origin without credentials: the 401 has no CORS headers").request("GET", "/api/orders")
					.origin(EVIL).status(401).expectRefused(),
				named("disallowed origin: an error response has no CORS headers").request("GET", "/api/orders/fail")
					.origin(EVIL).header("Authorization", user).status(500).expectRefused(),

				// same-origin requests are not CORS
				named("same-origin authenticated request only gains Vary").request("GET", "/api/orders").origin(SELF)
					.header("Authorization", user).expectRefused().handled(true),
				named("same-origin unauthenticated request: 401 with Vary only").request("GET", "/api/orders").origin(SELF)
					.status(401).expectRefused(),
				named("same-origin OPTIONS with a request method is no preflight: it meets authentication")
					.preflight("/api/orders", SELF, "PUT").status(401).expectRefused(),

				// Spring's own CORS configuration beside the policies
				named("@CrossOrigin on a covered handler: its origin gets nothing").request("GET", "/api/legacy")
					.origin(LEGACY).header("Authorization", user).expectRefused().handled(true),
				allowedByApi(named("@CrossOrigin on a covered handler: the policy answers").request("GET", "/api/legacy")
					.origin(APP).header("Authorization", user)).handled(true),
				named("@CrossOrigin where no policy applies works as before").request("GET", "/legacy/data")
					.origin(LEGACY).expect(ACAO, LEGACY).expect(ACAC, "true").expect("Vary", SPRING_VARY).handled(true),
				named("@CrossOrigin where no policy applies answers its preflight as before")
					.preflight("/legacy/data", LEGACY, "GET").status(200).expect(ACAO, LEGACY).expect(ACAC, "true")
					.expect(ACAM, "GET").expect(ACMA, "1800").expect("Vary", SPRING_VARY).handled(false));
	}

	/** Rows for the modes with the user's own CORS source ({@code /**} for the legacy origin). */
	static List<Scenario> withUserCorsSource() {
		String user = basic(USER, PASSWORD);
		return List.of(
				named("the user's CORS source answers where no policy applies").request("GET", "/legacy/data")
					.origin(LEGACY).expect(ACAO, LEGACY).expect(ACAC, "true").expect("Vary", SPRING_VARY),
				named("the user's CORS source answers preflights where no policy applies")
					.preflight("/legacy/data", LEGACY, "PUT").status(200).expect(ACAO, LEGACY).expect(ACAC, "true")
					.expect(ACAM, "PUT").expect(ACMA, "1800").expect("Vary", SPRING_VARY),
				named("where a policy applies, the user's CORS source gets no say").request("GET", "/api/orders")
					.origin(LEGACY).header("Authorization", user).expectRefused().handled(true),
				named("where a policy applies, the user's CORS source gets no say in preflights")
					.preflight("/api/orders", LEGACY, "PUT").expectPreflightRejected(),
				allowedByApi(named("where a policy applies, its headers are the only ones").request("GET", "/api/orders")
					.origin(APP).header("Authorization", user)).handled(true));
	}

}
