package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.CredentialsMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invariants of the engine over generated policies and requests, hostile ones included.
 */
class CorsEngineProperties {

	static final List<String> EXACT_ORIGINS = List.of("https://app.example.com", "https://foo.com", "https://bar.com",
			"http://localhost:3000", "https://app.example.com:8443", "http://127.0.0.1:8080");

	static final String SUBDOMAIN_PATTERN = "https://*.example.com";

	static final String ANY_PORT_PATTERN = "http://localhost:*";

	static final String SUBDOMAIN_ANY_PORT_PATTERN = "https://*.example.com:*";

	static final String EXACT_ANY_PORT_PATTERN = "https://api.example.net:*";

	static final String IPV6_ORIGIN = "http://[::1]:8080";

	static final String IPV6_ANY_PORT_PATTERN = "http://[::1]:*";

	static final List<String> PATTERNS = List.of(SUBDOMAIN_PATTERN, ANY_PORT_PATTERN, SUBDOMAIN_ANY_PORT_PATTERN,
			EXACT_ANY_PORT_PATTERN, IPV6_ORIGIN, IPV6_ANY_PORT_PATTERN);

	static final List<String> EXPOSABLE = List.of("X-Total-Count", "X-Trace", "ETag", "X-Other");

	/** Near misses at a suffix boundary, a port or an IPv6 literal, which a careless matcher lets through. */
	static final List<String> LOOK_ALIKES = List.of("https://evilexample.com", "https://example.com",
			"https://xexample.com", "https://a.example.com.evil.com", "https://example.com.evil.com", "https://a.example.comm",
			"https://a.example.com:8443", "https://a.example.com:443", "https://api.example.net", "https://api.example.net:8443",
			"https://api.example.net:443", "https://api.example.netx", "https://x.api.example.net", "http://[::1]:8080",
			"http://[::1]:3000", "http://[::1]", "http://[::1]:80", "http://[0:0::1]:8080", "http://[::2]:8080",
			"http://[::1]:65536");

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PURGE");

	static final List<String> HEADERS = List.of("X-Custom-Header", "Content-Type", "Authorization", "X-Request-Id",
			"Accept", "Range", "X-Trace");

	/** A policy together with what it was built from, for an oracle that does not use the engine. */
	record PolicyCase(CorsPolicy policy, List<String> origins, List<String> methods, List<String> headers,
			List<String> exposed, boolean credentials, boolean privateNetwork) {

		boolean allowsOrigin(String origin) {
			for (String entry : this.origins) {
				if (entry.equals("*") || entry.equals(origin)) {
					return true;
				}
				if (entry.equals(SUBDOMAIN_PATTERN)
						&& Pattern.matches("https://([a-z0-9_-]+\\.)+example\\.com", origin)) {
					return true;
				}
				if (entry.equals(ANY_PORT_PATTERN) && Pattern.matches("http://localhost(:[1-9][0-9]{0,4})?", origin)
						&& !origin.equals("http://localhost:80") && portAtMost65535(origin)) {
					return true;
				}
				if (entry.equals(SUBDOMAIN_ANY_PORT_PATTERN)
						&& Pattern.matches("https://([a-z0-9_-]+\\.)+example\\.com(:[1-9][0-9]{0,4})?", origin)
						&& !origin.endsWith(":443") && portAtMost65535(origin)) {
					return true;
				}
				if (entry.equals(EXACT_ANY_PORT_PATTERN) && Pattern.matches("https://api\\.example\\.net(:[1-9][0-9]{0,4})?", origin)
						&& !origin.endsWith(":443") && portAtMost65535(origin)) {
					return true;
				}
				if (entry.equals(IPV6_ANY_PORT_PATTERN) && Pattern.matches("http://\\[::1\\](:[1-9][0-9]{0,4})?", origin)
						&& !origin.endsWith(":80") && portAtMost65535(origin)) {
					return true;
				}
			}
			return false;
		}

		boolean allowsMethod(String method) {
			return this.methods.contains("*") || this.methods.contains(method)
					|| (method.equals("HEAD") && this.methods.contains("GET"));
		}

		boolean allowsHeader(String name) {
			return this.headers.contains("*") || this.headers.stream().anyMatch(name::equalsIgnoreCase);
		}

		boolean anyOrigin() {
			return this.origins.contains("*");
		}

		boolean sharesWithEveryone() {
			return anyOrigin() && !this.credentials;
		}

		private static boolean portAtMost65535(String origin) {
			int colon = origin.lastIndexOf(':');
			return colon < 6 || origin.charAt(colon - 1) == ':' || !origin.substring(colon + 1).matches("[0-9]+")
					|| Integer.parseInt(origin.substring(colon + 1)) <= 65535;
		}

	}

	/** Settings as a user might write them; the buildable ones become policies. */
	record Settings(List<String> origins, List<String> methods, List<String> headers, List<String> exposed,
			boolean credentials, boolean privateNetwork) {

		boolean wildcardWithCredentials() {
			return this.credentials && (this.origins.contains("*") || this.exposed.contains("*"));
		}

		CorsPolicy build() {
			return CorsPolicy.builder().allowedOrigins(this.origins).allowedMethods(this.methods)
				.allowedHeaders(this.headers).exposedHeaders(this.exposed).allowCredentials(this.credentials)
				.allowPrivateNetwork(this.privateNetwork).build();
		}

	}

	/** Every combination, {@code *} with credentials included (origins or exposed headers). */
	@Provide
	Arbitrary<Settings> settings() {
		Arbitrary<List<String>> origins = Arbitraries.of(concat(concat(EXACT_ORIGINS, PATTERNS), List.of("*", "null")))
			.list().uniqueElements().ofMinSize(1).ofMaxSize(5);
		Arbitrary<List<String>> methods = Arbitraries.oneOf(Arbitraries.of(METHODS).list().uniqueElements().ofMaxSize(4),
				Arbitraries.just(List.of("*")));
		Arbitrary<List<String>> headers = Arbitraries.oneOf(Arbitraries.of(HEADERS).list().uniqueElements().ofMaxSize(4),
				Arbitraries.just(List.of("*")));
		Arbitrary<List<String>> exposed = Arbitraries.frequencyOf(
				Tuple.of(4, Arbitraries.of(EXPOSABLE).list().uniqueElements().ofMaxSize(3)),
				Tuple.of(1, Arbitraries.just(List.of("*"))));
		return Combinators.combine(origins, methods, headers, exposed, Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as(Settings::new);
	}

	@Provide
	Arbitrary<PolicyCase> policies() {
		return settings().map((settings) -> {
			List<String> origins = settings.credentials()
					? settings.origins().stream().filter((entry) -> !entry.equals("*")).toList() : settings.origins();
			List<String> exposed = settings.credentials()
					? settings.exposed().stream().filter((name) -> !name.equals("*")).toList() : settings.exposed();
			Settings buildable = new Settings(origins.isEmpty() ? List.of(EXACT_ORIGINS.get(0)) : origins,
					settings.methods(), settings.headers(), exposed, settings.credentials(), settings.privateNetwork());
			return new PolicyCase(buildable.build(), buildable.origins(), buildable.methods(), buildable.headers(),
					buildable.exposed(), buildable.credentials(), buildable.privateNetwork());
		});
	}

	/** Listed origins, near misses of them, and arbitrary junk. */
	@Provide
	Arbitrary<String> origins() {
		Arbitrary<String> listed = Arbitraries.of(concat(EXACT_ORIGINS, List.of("https://a.example.com",
				"https://x.y.example.com", "http://localhost", "http://localhost:65535", "null")));
		Arbitrary<String> nearMisses = Combinators.combine(listed, Arbitraries.of("", "/", ".", ".evil.com", ":443", ":80",
				":99999", "\r\n", " ", ", https://foo.com", "\u0000", "@evil.com", ":", "%00"), Arbitraries.of(0, 1, 2))
			.as((origin, affix, where) -> switch (where) {
				case 0 -> origin + affix;
				case 1 -> origin.toUpperCase(Locale.ROOT);
				default -> "https://evil" + origin.replaceFirst("^[a-z]+://", "") + affix;
			});
		Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(60)
			.withChars("abcxyz.:/-*_@[]\r\n\t ,%AZ019")
			.map(s -> (s.length() % 2 == 0) ? "https://" + s : s);
		return Arbitraries.oneOf(listed, nearMisses, Arbitraries.of(LOOK_ALIKES), junk);
	}

	@Provide
	Arbitrary<BrowserRequest> browserRequests() {
		Arbitrary<String> origin = Arbitraries.of(concat(concat(EXACT_ORIGINS, LOOK_ALIKES), List.of("https://a.example.com",
				"https://evil.com", "http://localhost:5173", "null", "https://a.b.example.com:9443", "https://api.example.net:9000")));
		Arbitrary<List<Tuple.Tuple2<String, String>>> headers = Combinators
			.combine(Arbitraries.of(HEADERS), Arbitraries.of("v", "text/plain", "application/json", "bytes=0-1", "a".repeat(200)))
			.as(Tuple::of)
			.list()
			.ofMaxSize(3);
		Arbitrary<List<Tuple.Tuple2<String, String>>> fewHeaders = Arbitraries.frequencyOf(
				Tuple.of(2, Arbitraries.just(List.of())), Tuple.of(3, headers));
		Arbitrary<String> method = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("GET", "HEAD", "POST")),
				Tuple.of(2, Arbitraries.of(METHODS)));
		return Combinators.combine(origin, method, fewHeaders, Arbitraries.of(CredentialsMode.values()),
				Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)))
			.as((o, m, h, credentials, pna) -> {
				BrowserRequest request = BrowserRequest.of(o, m).withCredentials(credentials);
				for (Tuple.Tuple2<String, String> header : h) {
					request = request.withHeader(header.get1(), header.get2());
				}
				return pna ? request.withPrivateNetworkAccess() : request;
			});
	}

	@Property(tries = 2000)
	void noOriginOutsideThePolicyIsEverReflected(@ForAll("policies") PolicyCase policy, @ForAll("origins") String origin,
			@ForAll boolean preflight) {
		TestRequest request = preflight ? TestRequest.preflight(origin, "GET") : TestRequest.cors("GET", origin);
		TestResponse response = new TestResponse();
		new CorsEngine().decide(policy.policy(), request, response);
		String allowOrigin = response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		if (allowOrigin != null && !allowOrigin.equals("*")) {
			assertThat(allowOrigin).isEqualTo(origin);
			assertThat(policy.allowsOrigin(origin)).as("reflected %s, which the policy does not list", origin).isTrue();
		}
		if (allowOrigin != null) {
			assertThat(policy.allowsOrigin(origin) || policy.anyOrigin()).isTrue();
		}
	}

	@Property(tries = 2000)
	void engineAgreesWithTheReferenceOriginMatcher(@ForAll("policies") PolicyCase policy, @ForAll("origins") String origin) {
		Statistics.label("allowed").collect(policy.allowsOrigin(origin));
		Statistics.label("allowed").coverage(checker -> checker.check(true).percentage(p -> p > 5));
		assertThat(policy.policy().allowsOrigin(origin))
			.as("origin %s against %s", origin, policy.origins())
			.isEqualTo(policy.allowsOrigin(origin) && (!policy.anyOrigin() || isCanonicalForTest(origin)));
	}

	@Property(tries = 2000)
	void noResponseHeaderValueEverHoldsAControlCharacter(@ForAll("policies") PolicyCase policy,
			@ForAll("origins") String origin, @ForAll("headerValues") String method,
			@ForAll("headerValues") String requestHeaders) {
		TestResponse response = new TestResponse();
		new CorsEngine().decide(policy.policy(), TestRequest.preflight(origin, method).requestHeaders(requestHeaders), response);
		new CorsEngine().decide(policy.policy(), TestRequest.cors("GET", origin), response);
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			assertThat(header.getValue().chars()).as(header.getKey()).noneMatch(c -> c < 0x20 || c == 0x7F);
		}
	}

	/**
	 * {@code *} never meets credentials: settings that combine them (in the origins or the exposed
	 * headers) are refused with the setting named, and no response of a policy that builds ever
	 * carries both.
	 */
	@Property(tries = 2000)
	void wildcardNeverComesWithCredentials(@ForAll("settings") Settings settings,
			@ForAll("browserRequests") BrowserRequest request) {
		Statistics.label("* with credentials").collect(settings.wildcardWithCredentials());
		Statistics.label("* with credentials").coverage(checker -> checker.check(true).percentage(p -> p > 10));
		if (settings.wildcardWithCredentials()) {
			assertThatThrownBy(settings::build).isInstanceOfSatisfying(InvalidCorsPolicyException.class,
					(ex) -> assertThat(ex.problems()).extracting(PolicyProblem::setting)
						.containsAnyOf(PolicySetting.ALLOWED_ORIGINS, PolicySetting.EXPOSED_HEADERS));
			return;
		}
		SimulatedBrowser.Outcome outcome = new SimulatedBrowser(settings.build()).fetch(request);
		for (TestResponse response : outcome.responses()) {
			if ("*".equals(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
					|| "*".equals(response.get(CorsHeaders.ACCESS_CONTROL_EXPOSE_HEADERS))) {
				assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).as("%s", response.headers()).isNull();
			}
		}
	}

	@Property(tries = 3000)
	void browserCanReadTheResponseExactlyWhenThePolicyAllowsTheRequest(@ForAll("policies") PolicyCase policy,
			@ForAll("browserRequests") BrowserRequest request) {
		SimulatedBrowser.Outcome outcome = new SimulatedBrowser(policy.policy()).fetch(request);
		Statistics.label("readable").collect(outcome.readable());
		Statistics.label("preflighted").collect(outcome.preflighted());
		assertThat(outcome.readable()).as("%s against %s (browser: %s)", request, policy.policy(), outcome.failure())
			.isEqualTo(allows(policy, request));
		Statistics.label("readable").coverage(checker -> {
			checker.check(true).percentage(p -> p > 5);
			checker.check(false).percentage(p -> p > 5);
		});
		Statistics.label("preflighted").coverage(checker -> {
			checker.check(true).percentage(p -> p > 5);
			checker.check(false).percentage(p -> p > 5);
		});
	}

	/** The oracle: the policy's own settings, read directly. */
	static boolean allows(PolicyCase policy, BrowserRequest request) {
		List<String> unsafeNames = unsafeHeaderNames(request);
		boolean simple = List.of("GET", "HEAD", "POST").contains(request.method()) && unsafeNames.isEmpty()
				&& !request.privateNetworkAccess();
		if (simple && policy.sharesWithEveryone()) {
			// "*" without credentials on every response: neither method nor origin is checked without a preflight
			return request.credentialsMode() != CredentialsMode.INCLUDE;
		}
		// an any-origin policy refuses a preflight from a value that is no origin a browser sends
		boolean originAllowed = policy.allowsOrigin(request.origin())
				&& (!policy.anyOrigin() || isCanonicalForTest(request.origin()));
		if (!originAllowed || !policy.allowsMethod(request.method())) {
			return false;
		}
		for (String name : unsafeNames) {
			if (!policy.allowsHeader(name)) {
				return false;
			}
		}
		if (request.credentialsMode() == CredentialsMode.INCLUDE && !policy.credentials()) {
			return false;
		}
		return !request.privateNetworkAccess() || policy.privateNetwork();
	}

	/**
	 * Fetch's CORS-unsafe request-header names, written here from the standard's text rather than
	 * taken from the browser model under test: the safelisted names with their value rules, and
	 * every other name.
	 */
	static List<String> unsafeHeaderNames(BrowserRequest request) {
		java.util.Set<String> unsafe = new java.util.TreeSet<>();
		List<String> safelisted = new ArrayList<>();
		int safelistedSize = 0;
		for (io.crossorigin.cors.browser.HeaderField header : request.headers()) {
			String name = header.name().toLowerCase(Locale.ROOT);
			String value = header.value();
			boolean safe = value.length() <= 128 && switch (name) {
				case "accept" -> value.chars().noneMatch(CorsEngineProperties::isUnsafeRequestHeaderByte);
				case "accept-language", "content-language" -> value.matches("[0-9A-Za-z *,\\-.;=]*");
				case "content-type" -> value.chars().noneMatch(CorsEngineProperties::isUnsafeRequestHeaderByte)
						&& List.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")
							.contains(value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
				case "range" -> value.matches("bytes=[0-9]+-[0-9]*");
				default -> false;
			};
			if (safe) {
				safelisted.add(name);
				safelistedSize += value.length();
			}
			else {
				unsafe.add(name);
			}
		}
		if (safelistedSize > 1024) {
			unsafe.addAll(safelisted);
		}
		return List.copyOf(unsafe);
	}

	/** Fetch: a byte a safelisted {@code Accept} or {@code Content-Type} value must not hold. */
	private static boolean isUnsafeRequestHeaderByte(int c) {
		return (c < 0x20 && c != '\t') || c == 0x7F || "\"():<>?@[\\]{}".indexOf(c) >= 0;
	}

	@Provide
	Arbitrary<String> headerValues() {
		return Arbitraries.oneOf(Arbitraries.of("GET", "PUT", "x-custom-header", "content-type,x-trace", "authorization"),
				Arbitraries.strings().ofMaxLength(40).withChars("abcXYZ-_,: \r\n\t\u0000\u007f\u00e9\u2028"));
	}

	static boolean isCanonicalForTest(String origin) {
		if (origin.startsWith("http://[")) {
			// the generators' IPv6 literals: ::1 and ::2 are written as browsers serialize them, 0:0::1 is not
			return Pattern.matches("http://\\[::[12]\\](:[1-9][0-9]{0,4})?", origin) && !origin.endsWith(":80")
					&& portOk(origin.replaceFirst("\\[::[12]\\]", "h"));
		}
		return origin.equals("null") || Pattern.matches("[a-z][a-z0-9+.-]*://[a-z0-9_.-]+(:[1-9][0-9]{0,4})?", origin)
				&& !(origin.startsWith("https://") && origin.endsWith(":443"))
				&& !(origin.startsWith("http://") && origin.endsWith(":80")) && !origin.contains("..")
				&& !origin.contains("://.") && portOk(origin) && numericHostOk(origin);
	}

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	/** WHATWG URL: a host ending in a numeric (or 0x) label is an IPv4 address, canonical only as a dotted quad. */
	private static boolean numericHostOk(String origin) {
		String host = origin.substring(origin.indexOf("://") + 3).replaceFirst(":[0-9]*$", "").replaceFirst("\\.$", "");
		String lastLabel = host.substring(host.lastIndexOf('.') + 1);
		if (lastLabel.matches("[0-9]+|0[xX][0-9a-fA-F]*")) {
			return host.matches("(" + OCTET + "\\.){3}" + OCTET);
		}
		return true;
	}

	private static boolean portOk(String origin) {
		int colon = origin.indexOf(':', origin.indexOf("://") + 3);
		return colon < 0 || Integer.parseInt(origin.substring(colon + 1)) <= 65535;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
