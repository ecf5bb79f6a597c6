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

	static List<Scenario> all() {
		return List.of(
				// not a CORS request
				named("request without Origin only gains Vary: Origin").request("GET", "/api/orders")
					.expect("Vary", "Origin").expectNoCorsHeaders().handled(true),
				named("same-origin request is not CORS").request("POST", "/api/orders").origin(SELF)
					.expect("Vary", "Origin").expectNoCorsHeaders().handled(true),
				named("same-origin OPTIONS with a request method is no preflight").preflight("/api/orders", SELF, "PUT")
					.expectNo(ACAO, ACAM, ACMA),

				// actual requests
				named("allowed origin gets allow-origin, credentials, exposed headers and Vary").request("GET", "/api/orders")
					.origin(APP).expect(ACAO, APP).expect(ACAC, "true").expect(ACEH, "X-Total-Count").expect("Vary", "Origin")
					.handled(true),
				named("origin allowed by a subdomain pattern").request("POST", "/api/orders").origin("https://eu.shop.example.com")
					.expect(ACAO, "https://eu.shop.example.com").handled(true),
				named("origin allowed by an any-port pattern").request("GET", "/api/orders").origin("http://localhost:5173")
					.expect(ACAO, "http://localhost:5173").handled(true),
				named("disallowed origin proceeds without CORS headers but with Vary").request("GET", "/api/orders").origin(EVIL)
					.expect("Vary", "Origin").expectNoCorsHeaders().handled(true),
				named("disallowed method proceeds without CORS headers").request("PATCH", "/api/orders/1").origin(APP)
					.expect("Vary", "Origin").expectNoCorsHeaders().handled(true),
				named("GET allows HEAD").request("HEAD", "/api/orders").origin(APP).expect(ACAO, APP),
				named("OPTIONS without a request method is an actual request").request("OPTIONS", "/api/orders").origin(APP)
					.expectNoCorsHeaders(),
				named("the null origin is refused unless listed").request("GET", "/api/orders").origin("null")
					.expectNoCorsHeaders().handled(true),
				named("an upper-case origin is refused").request("GET", "/api/orders").origin("https://APP.example.com")
					.expectNoCorsHeaders(),
				named("an origin with the default port is refused").request("GET", "/api/orders").origin(APP + ":443")
					.expectNoCorsHeaders(),
				named("a look-alike origin is refused").request("GET", "/api/orders").origin("https://app.example.com.evil.org")
					.expectNoCorsHeaders(),
				named("a repeated Origin header is refused").request("GET", "/api/orders").origin(APP).origin(APP)
					.expectNoCorsHeaders(),
				named("an Origin list is refused").request("GET", "/api/orders").origin(APP + ", " + EVIL).expectNoCorsHeaders(),

				// preflights
				named("accepted preflight is 204 with every allow header and never reaches the handler")
					.preflight("/api/orders/7", APP, "PUT").header(ACRH, "content-type,x-request-id").status(204)
					.expect(ACAO, APP).expect(ACAC, "true").expect(ACAM, "GET, POST, PUT, DELETE")
					.expect(ACAH, "Content-Type, X-Request-Id").expect(ACMA, "600").expect("Vary", PREFLIGHT_VARY)
					.expectNo(ACEH).handled(false),
				named("preflight headers are matched ignoring case").preflight("/api/orders", APP, "POST")
					.header(ACRH, "X-REQUEST-ID").status(204).expect(ACAO, APP),
				named("preflight from a disallowed origin is 403 without CORS headers").preflight("/api/orders", EVIL, "GET")
					.status(403).expect("Vary", PREFLIGHT_VARY).expectNoCorsHeaders().handled(false),
				named("preflight for a disallowed method is 403").preflight("/api/orders/7", APP, "PATCH").status(403)
					.expectNoCorsHeaders().handled(false),
				named("preflight for a disallowed header is 403").preflight("/api/orders", APP, "POST")
					.header(ACRH, "content-type,x-secret").status(403).expectNoCorsHeaders(),
				named("oversized Access-Control-Request-Headers is refused").preflight("/api/orders", APP, "POST")
					.header(ACRH, "x-a,".repeat(1500)).status(403).expectNoCorsHeaders(),
				named("preflight to a covered path no controller maps is answered").preflight("/api/nowhere", APP, "DELETE")
					.status(204).expect(ACAO, APP).expect(ACAM, "GET, POST, PUT, DELETE"),
				named("refused preflight to a covered path no controller maps").preflight("/api/nowhere", EVIL, "GET")
					.status(403).expectNoCorsHeaders(),
				named("private network preflight is accepted where allowed").preflight("/device/status", APP, "GET")
					.header("Access-Control-Request-Private-Network", "true").status(204).expect(ACAO, APP)
					.expect("Access-Control-Allow-Private-Network", "true"),
				named("private network preflight is refused by default").preflight("/api/orders", APP, "GET")
					.header("Access-Control-Request-Private-Network", "true").status(403).expectNoCorsHeaders(),

				named("an any-method policy answers the requested method").preflight("/device/status", APP, "PATCH")
					.status(204).expect(ACAM, "PATCH"),
				named("an any-header policy answers the requested header names").preflight("/public/info", EVIL, "POST")
					.header(ACRH, "authorization,x-anything").status(204).expect(ACAH, "authorization,x-anything"),

				// any-origin policy
				named("any-origin policy sends * on a request without Origin, and no Vary").request("GET", "/public/info")
					.expect(ACAO, "*").expect(ACEH, "X-Version").expectNo("Vary", ACAC).handled(true),
				named("any-origin policy sends * to any origin").request("GET", "/public/info").origin(EVIL).expect(ACAO, "*")
					.expectNo("Vary", ACAC),
				named("any-origin policy answers a preflight with *").preflight("/public/info", EVIL, "GET").status(204)
					.expect(ACAO, "*").expect("Vary", PREFLIGHT_VARY).expectNo(ACAC),

				named("any-origin policy rejects a disallowed method with 403 and no CORS headers")
					.preflight("/public/info", EVIL, "DELETE").status(403).expect("Vary", PREFLIGHT_VARY).expectNoCorsHeaders(),

				// policy selection
				named("most specific path pattern wins").preflight("/api/orders/admin/9", "https://admin.example.org", "DELETE")
					.status(204).expect(ACAO, "https://admin.example.org").expect(ACAM, "DELETE"),
				named("the broader pattern's origins do not leak into the specific one")
					.preflight("/api/orders/admin/9", APP, "DELETE").status(403).expectNoCorsHeaders(),
				named("class annotation beats the path pattern").request("GET", "/api/partners/feed").origin(PARTNER)
					.expect(ACAO, PARTNER).expectNo(ACAC).handled(true),
				named("class annotation replaces the path pattern's origins").request("GET", "/api/partners/feed").origin(APP)
					.expectNoCorsHeaders().handled(true),
				named("class annotation applies to preflights").preflight("/api/partners/feed", PARTNER, "GET").status(204)
					.expect(ACAO, PARTNER).expect(ACAM, "GET, PATCH").handled(false),
				named("method annotation beats the class annotation").request("GET", "/api/partners/status").origin(EVIL)
					.expect(ACAO, "*").expect(ACEH, "X-Version"),
				named("method annotation beats the class annotation for preflights too")
					.preflight("/api/partners/status", EVIL, "GET").status(204).expect(ACAO, "*").handled(false),
				named("annotation attributes override the named policy, placeholders resolved")
					.request("GET", "/api/partners/versioned").origin(PARTNER).expect(ACAO, PARTNER)
					.expect(ACEH, "X-Feed-Version"),
				named("a path no policy covers is left untouched").request("GET", "/untouched/ping").origin(APP)
					.expectNo("Vary").expectNoCorsHeaders().handled(true),

				// error responses
				named("uncaught exception: the error response keeps the CORS headers").request("GET", "/api/orders/fail")
					.origin(APP).status(500).expect(ACAO, APP).expect(ACAC, "true"),
				named("ResponseStatusException keeps the CORS headers").request("GET", "/api/orders/gone").origin(APP)
					.status(410).expect(ACAO, APP),
				named("@ExceptionHandler response keeps the CORS headers").request("GET", "/api/orders/conflict").origin(APP)
					.status(409).expect(ACAO, APP),
				named("Boot's not-found error on a covered path keeps the CORS headers").request("GET", "/api/nowhere")
					.origin(APP).status(404).expect(ACAO, APP),
				named("an error response to a disallowed origin has no CORS headers").request("GET", "/api/orders/fail")
					.origin(EVIL).status(500).expectNoCorsHeaders(),

				// coexistence with Spring's @CrossOrigin
				named("the policy, not @CrossOrigin, answers a covered route").request("GET", "/api/legacy").origin(APP)
					.expect(ACAO, APP).expect(ACEH, "X-Total-Count").handled(true),
				named("@CrossOrigin's origin gets nothing where the policy does not allow it").request("GET", "/api/legacy")
					.origin("https://legacy.example.org").expectNoCorsHeaders(),
				named("the policy, not @CrossOrigin, answers the preflight").preflight("/api/legacy", APP, "GET").status(204)
					.expect(ACAO, APP).expect(ACAM, "GET, POST, PUT, DELETE"),

				// coexistence with Spring's global CorsRegistry mappings
				named("the policy, not a CorsRegistry mapping, answers a covered route").request("GET", "/api/registry/item")
					.origin(APP).expect(ACAO, APP).handled(true),
				named("a CorsRegistry mapping's origin gets nothing where the policy does not allow it")
					.request("GET", "/api/registry/item").origin(GlobalCorsMappings.REGISTRY_ORIGIN).expectNoCorsHeaders(),
				named("the policy, not a CorsRegistry mapping, answers the preflight")
					.preflight("/api/registry/item", GlobalCorsMappings.REGISTRY_ORIGIN, "PATCH").status(403)
					.expectNoCorsHeaders());
	}

}
