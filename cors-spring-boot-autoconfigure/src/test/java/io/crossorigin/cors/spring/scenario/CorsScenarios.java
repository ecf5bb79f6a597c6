package io.crossorigin.cors.spring.scenario;

import java.util.List;

import static io.crossorigin.cors.spring.scenario.Scenario.SELF;
import static io.crossorigin.cors.spring.scenario.Scenario.named;

/**
 * The scenario table both stacks must pass over real HTTP: every protocol rule of the design and
 * every way of selecting a policy. See {@code scenarios.yml} for the policies.
 */
public final class CorsScenarios {

	public static final String APP = "https://app.example.com";

	public static final String EVIL = "https://evil.example.org";

	public static final String PARTNER = "https://partner.example.net";

	public static final String ACAO = "Access-Control-Allow-Origin";

	public static final String ACAC = "Access-Control-Allow-Credentials";

	public static final String ACAM = "Access-Control-Allow-Methods";

	public static final String ACAH = "Access-Control-Allow-Headers";

	public static final String ACEH = "Access-Control-Expose-Headers";

	public static final String ACMA = "Access-Control-Max-Age";

	public static final String ACRH = "Access-Control-Request-Headers";

	public static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	private CorsScenarios() {
	}

	/** An actual response the {@code api} policy allows. */
	private static Scenario allowedByApi(Scenario scenario, String origin) {
		return scenario.expectAllowed(origin, true, "X-Total-Count");
	}

	/** An accepted preflight of the {@code api} policy, with no headers requested. */
	private static Scenario acceptedByApi(Scenario scenario, String origin) {
		return scenario.status(204).expect(ACAO, origin).expect(ACAC, "true").expect(ACAM, "GET, POST, PUT, DELETE")
			.expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY);
	}

	static List<Scenario> all() {
		return List.of(
				// not a CORS request
				named("request without Origin only gains Vary: Origin").request("GET", "/api/orders").expectRefused()
					.handled(true),
				named("same-origin request is not CORS").request("POST", "/api/orders").origin(SELF).expectRefused()
					.handled(true),
				named("same-origin OPTIONS with a request method is no preflight").preflight("/api/orders", SELF, "PUT")
					.expectRefused(),

				// actual requests
				allowedByApi(named("allowed origin gets allow-origin, credentials, exposed headers and Vary")
					.request("GET", "/api/orders").origin(APP), APP).handled(true),
				allowedByApi(named("origin allowed by a subdomain pattern").request("POST", "/api/orders")
					.origin("https://eu.shop.example.com"), "https://eu.shop.example.com").handled(true),
				allowedByApi(named("origin allowed by an any-port pattern").request("GET", "/api/orders")
					.origin("http://localhost:5173"), "http://localhost:5173").handled(true),
				named("disallowed origin proceeds without CORS headers but with Vary").request("GET", "/api/orders").origin(EVIL)
					.expectRefused().handled(true),
				named("disallowed method proceeds without CORS headers").request("PATCH", "/api/orders/1").origin(APP)
					.expectRefused().handled(true),
				allowedByApi(named("GET allows HEAD").request("HEAD", "/api/orders").origin(APP), APP),
				named("OPTIONS without a request method is an actual request").request("OPTIONS", "/api/orders").origin(APP)
					.expectRefused(),
				named("the null origin is refused unless listed").request("GET", "/api/orders").origin("null")
					.expectRefused().handled(true),
				named("an upper-case origin is refused").request("GET", "/api/orders").origin("https://APP.example.com")
					.expectRefused(),
				named("an origin with the default port is refused").request("GET", "/api/orders").origin(APP + ":443")
					.expectRefused(),
				named("a look-alike origin is refused").request("GET", "/api/orders").origin("https://app.example.com.evil.org")
					.expectRefused(),
				named("a repeated Origin header is refused").request("GET", "/api/orders").origin(APP).origin(APP)
					.expectRefused(),
				named("an Origin list is refused").request("GET", "/api/orders").origin(APP + ", " + EVIL).expectRefused(),

				// preflights
				acceptedByApi(named("accepted preflight is 204 with every allow header and never reaches the handler")
					.preflight("/api/orders/7", APP, "PUT").header(ACRH, "content-type,x-request-id"), APP)
					.expect(ACAH, "Content-Type, X-Request-Id").handled(false),
				acceptedByApi(named("preflight headers are matched ignoring case").preflight("/api/orders", APP, "POST")
					.header(ACRH, "X-REQUEST-ID"), APP).expect(ACAH, "Content-Type, X-Request-Id"),
				acceptedByApi(named("requested header names may sit between tabs").preflight("/api/orders", APP, "POST")
					.header(ACRH, "content-type,\tx-request-id\t"), APP).expect(ACAH, "Content-Type, X-Request-Id"),
				named("preflight from a disallowed origin is 403 without CORS headers").preflight("/api/orders", EVIL, "GET")
					.expectPreflightRejected().handled(false),
				named("preflight for a disallowed method is 403").preflight("/api/orders/7", APP, "PATCH")
					.expectPreflightRejected().handled(false),
				named("preflight for a disallowed header is 403").preflight("/api/orders", APP, "POST")
					.header(ACRH, "content-type,x-secret").expectPreflightRejected(),
				named("oversized Access-Control-Request-Headers is refused").preflight("/api/orders", APP, "POST")
					.header(ACRH, "x-a,".repeat(1500)).expectPreflightRejected(),
				acceptedByApi(named("preflight to a covered path no controller maps is answered")
					.preflight("/api/nowhere", APP, "DELETE"), APP),
				named("refused preflight to a covered path no controller maps").preflight("/api/nowhere", EVIL, "GET")
					.expectPreflightRejected(),
				named("private network preflight is accepted where allowed").preflight("/device/status", APP, "GET")
					.header("Access-Control-Request-Private-Network", "true").status(204).expect(ACAO, APP)
					.expect(ACAM, "GET").expect(ACMA, "600").expect("Access-Control-Allow-Private-Network", "true")
					.expect("Vary", PREFLIGHT_VARY),
				named("private network preflight is refused by default").preflight("/api/orders", APP, "GET")
					.header("Access-Control-Request-Private-Network", "true").expectPreflightRejected(),
				named("an any-method policy answers the requested method").preflight("/device/status", APP, "PATCH")
					.status(204).expect(ACAO, APP).expect(ACAM, "PATCH").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY),
				named("an any-header policy answers the requested header names").preflight("/public/info", EVIL, "POST")
					.header(ACRH, "authorization,x-anything").status(204).expect(ACAO, "*").expect(ACAM, "GET, HEAD, POST")
					.expect(ACAH, "authorization,x-anything").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY),
				named("an any-header policy echoes the requested names without the tabs between them")
					.preflight("/public/info", EVIL, "POST").header(ACRH, "x-a,\tx-b").status(204).expect(ACAO, "*")
					.expect(ACAM, "GET, HEAD, POST").expect(ACAH, "x-a, x-b").expect(ACMA, "600")
					.expect("Vary", PREFLIGHT_VARY),

				// any-origin policy: "*" on every response it covers but preflights
				named("any-origin policy sends * on a request without Origin, and no Vary").request("GET", "/public/info")
					.expectShared("X-Version").handled(true),
				named("any-origin policy sends * to any origin").request("GET", "/public/info").origin(EVIL)
					.expectShared("X-Version").handled(true),
				named("any-origin policy sends * even to a malformed Origin").request("GET", "/public/info")
					.origin(APP + ", " + EVIL).expectShared("X-Version").handled(true),
				named("any-origin policy sends * with a method it does not allow").request("DELETE", "/public/info")
					.origin(EVIL).status(405).expectShared("X-Version").handled(false),
				named("any-origin policy sends * on a plain OPTIONS without Origin").request("OPTIONS", "/public/info")
					.expectShared("X-Version").handled(false),
				named("any-origin policy answers a preflight with *").preflight("/public/info", EVIL, "GET").status(204)
					.expect(ACAO, "*").expect(ACAM, "GET, HEAD, POST").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY),
				named("any-origin policy rejects a disallowed method with 403 and no CORS headers")
					.preflight("/public/info", EVIL, "DELETE").expectPreflightRejected(),

				// policy selection
				named("most specific path pattern wins").preflight("/api/orders/admin/9", "https://admin.example.org", "DELETE")
					.status(204).expect(ACAO, "https://admin.example.org").expect(ACAM, "DELETE").expect(ACMA, "600")
					.expect("Vary", PREFLIGHT_VARY),
				named("the broader pattern's origins do not leak into the specific one")
					.preflight("/api/orders/admin/9", APP, "DELETE").expectPreflightRejected(),
				named("class annotation beats the path pattern").request("GET", "/api/partners/feed").origin(PARTNER)
					.expectAllowed(PARTNER, false, null).handled(true),
				named("class annotation replaces the path pattern's origins").request("GET", "/api/partners/feed").origin(APP)
					.expectRefused().handled(true),
				named("class annotation applies to preflights").preflight("/api/partners/feed", PARTNER, "GET").status(204)
					.expect(ACAO, PARTNER).expect(ACAM, "GET, PATCH").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY)
					.handled(false),
				named("method annotation beats the class annotation").request("GET", "/api/partners/status").origin(EVIL)
					.expectShared("X-Version").handled(true),
				named("method annotation beats the class annotation for preflights too")
					.preflight("/api/partners/status", EVIL, "GET").status(204).expect(ACAO, "*")
					.expect(ACAM, "GET, HEAD, POST").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY).handled(false),
				named("annotation attributes override the named policy, placeholders resolved")
					.request("GET", "/api/partners/versioned").origin(PARTNER).expectAllowed(PARTNER, false, "X-Feed-Version"),
				named("a path no policy covers is left untouched").request("GET", "/untouched/ping").origin(APP)
					.expectNo("Vary").handled(true),

				// error responses, whoever writes them
				allowedByApi(named("uncaught exception: the error response keeps the CORS headers")
					.request("GET", "/api/orders/fail").origin(APP).status(500), APP),
				allowedByApi(named("ResponseStatusException keeps the CORS headers").request("GET", "/api/orders/gone")
					.origin(APP).status(410), APP),
				allowedByApi(named("@ExceptionHandler response keeps the CORS headers").request("GET", "/api/orders/conflict")
					.origin(APP).status(409), APP),
				allowedByApi(named("no handler for a covered path: the 404 keeps the CORS headers")
					.request("GET", "/api/nowhere").origin(APP).status(404), APP).handled(false),
				allowedByApi(named("unsupported method, before a handler is chosen: the 405 keeps the CORS headers")
					.request("DELETE", "/api/orders").origin(APP).status(405), APP).handled(false),
				named("unsupported method from a disallowed origin: the 405 has Vary only").request("DELETE", "/api/orders")
					.origin(EVIL).status(405).expectRefused().handled(false),
				named("a method the policy does not allow: its 405 has no CORS headers, error dispatch or not")
					.request("PROPFIND", "/api/orders").origin(APP).status(405).expectRefused().handled(false),
				allowedByApi(named("unsupported media type: the 415 keeps the CORS headers").request("POST", "/api/orders/json")
					.origin(APP).header("Content-Type", "text/plain").status(415), APP).handled(false),
				allowedByApi(named("not acceptable: the 406 keeps the CORS headers").request("GET", "/api/orders/json")
					.origin(APP).header("Accept", "text/csv").status(406), APP).handled(false),
				allowedByApi(named("a parameter that does not convert: the 400 keeps the CORS headers")
					.request("GET", "/api/orders/count?n=many").origin(APP).status(400), APP).handled(false),
				allowedByApi(named("an exception in a filter: the error response keeps the CORS headers")
					.request("GET", "/api/orders").origin(APP).header(FailingFilters.HEADER, "filter").status(500), APP)
					.handled(false),
				allowedByApi(named("an asynchronous response keeps the CORS headers").request("GET", "/api/orders/async")
					.origin(APP), APP).handled(true),
				allowedByApi(named("an asynchronous failure: the error response keeps the CORS headers")
					.request("GET", "/api/orders/async-fail").origin(APP).status(500), APP),
				allowedByApi(named("a streamed response keeps the CORS headers").request("GET", "/api/orders/stream")
					.origin(APP), APP).handled(true),
				allowedByApi(named("a stream that fails after the response was committed keeps the CORS headers")
					.request("GET", "/api/orders/stream-fail").origin(APP), APP).handled(true).bodyBreaksOff(),
				named("an error response to a disallowed origin has no CORS headers").request("GET", "/api/orders/fail")
					.origin(EVIL).status(500).expectRefused(),

				// the policy is the gate: whoever else writes Access-Control-* headers, only the policy's leave
				allowedByApi(named("a component's own CORS headers never leave: the policy's do, Vary once each")
					.request("GET", "/api/orders").origin(APP).header(ForeignHeaderFilters.HEADER, "add"), APP)
					.expect("Vary", "Origin, Accept-Encoding").handled(true).needsGate(),
				named("an origin the policy refuses gets no grant from another component")
					.request("GET", "/api/orders").origin(ForeignHeaderFilters.FOREIGN_ORIGIN)
					.header(ForeignHeaderFilters.HEADER, "add").expect("Vary", "Origin, Accept-Encoding").handled(true).needsGate(),
				named("the any-origin policy's headers replace another component's").request("GET", "/public/info")
					.origin(EVIL).header(ForeignHeaderFilters.HEADER, "add").expectShared("X-Version")
					.expect("Vary", "Origin, Accept-Encoding").handled(true).needsGate(),
				allowedByApi(named("a component that replaces Vary: the policy's token stays").request("GET", "/api/orders")
					.origin(APP).header(ForeignHeaderFilters.HEADER, "set"), APP).expect("Vary", "Accept-Encoding, Origin")
					.handled(true).needsGate(),
				allowedByApi(named("a response whose headers a component cleared gets the policy's again")
					.request("GET", "/api/orders").origin(APP).header(ForeignHeaderFilters.HEADER, "reset"), APP)
					.handled(true).needsGate(),
				allowedByApi(named("a handler that does its own CORS: only the policy's headers leave")
					.request("GET", "/api/orders/self-cors").origin(APP), APP).handled(true).needsGate(),

				// coexistence with Spring's @CrossOrigin
				allowedByApi(named("the policy, not @CrossOrigin, answers a covered route").request("GET", "/api/legacy")
					.origin(APP), APP).handled(true),
				named("@CrossOrigin's origin gets nothing where the policy does not allow it").request("GET", "/api/legacy")
					.origin("https://legacy.example.org").expectRefused(),
				acceptedByApi(named("the policy, not @CrossOrigin, answers the preflight").preflight("/api/legacy", APP, "GET"),
						APP),

				// coexistence with Spring's global CorsRegistry mappings
				allowedByApi(named("the policy, not a CorsRegistry mapping, answers a covered route")
					.request("GET", "/api/registry/item").origin(APP), APP).handled(true),
				named("a CorsRegistry mapping's origin gets nothing where the policy does not allow it")
					.request("GET", "/api/registry/item").origin(GlobalCorsMappings.REGISTRY_ORIGIN).expectRefused(),
				named("the policy, not a CorsRegistry mapping, answers the preflight")
					.preflight("/api/registry/item", GlobalCorsMappings.REGISTRY_ORIGIN, "PATCH").expectPreflightRejected());
	}

}
