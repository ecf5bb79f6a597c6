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
import io.crossorigin.cors.browser.CorsSafelist;
import io.crossorigin.cors.browser.CredentialsMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the engine over generated policies and requests, hostile ones included.
 */
class CorsEngineProperties {

	static final List<String> EXACT_ORIGINS = List.of("https://app.example.com", "https://foo.com", "https://bar.com",
			"http://localhost:3000", "https://app.example.com:8443", "http://127.0.0.1:8080");

	static final String SUBDOMAIN_PATTERN = "https://*.example.com";

	static final String ANY_PORT_PATTERN = "http://localhost:*";

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PURGE");

	static final List<String> HEADERS = List.of("X-Custom-Header", "Content-Type", "Authorization", "X-Request-Id",
			"Accept", "Range", "X-Trace");

	/** A policy together with what it was built from, for an oracle that does not use the engine. */
	record PolicyCase(CorsPolicy policy, List<String> origins, List<String> methods, List<String> headers,
			boolean credentials, boolean privateNetwork) {

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
			return colon < 5 || Integer.parseInt(origin.substring(colon + 1)) <= 65535;
		}

	}

	@Provide
	Arbitrary<PolicyCase> policies() {
		Arbitrary<List<String>> origins = Arbitraries.of(concat(EXACT_ORIGINS, List.of(SUBDOMAIN_PATTERN, ANY_PORT_PATTERN, "*", "null")))
			.list().uniqueElements().ofMinSize(1).ofMaxSize(5);
		Arbitrary<List<String>> methods = Arbitraries.oneOf(Arbitraries.of(METHODS).list().uniqueElements().ofMaxSize(4),
				Arbitraries.just(List.of("*")));
		Arbitrary<List<String>> headers = Arbitraries.oneOf(Arbitraries.of(HEADERS).list().uniqueElements().ofMaxSize(4),
				Arbitraries.just(List.of("*")));
		return Combinators.combine(origins, methods, headers, Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as((o, m, h, credentials, pna) -> {
				List<String> usable = credentials ? o.stream().filter(e -> !e.equals("*")).toList() : o;
				CorsPolicy policy = CorsPolicy.builder().allowedOrigins(usable).allowedMethods(m).allowedHeaders(h)
					.exposedHeaders("X-Total-Count").allowCredentials(credentials).allowPrivateNetwork(pna).build();
				return new PolicyCase(policy, usable, m, h, credentials, pna);
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
		return Arbitraries.oneOf(listed, nearMisses, junk);
	}

	@Provide
	Arbitrary<BrowserRequest> browserRequests() {
		Arbitrary<String> origin = Arbitraries.of(concat(EXACT_ORIGINS, List.of("https://a.example.com", "https://evil.com",
				"http://localhost:5173", "null", "https://example.com")));
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

	@Property(tries = 2000)
	void wildcardOriginNeverComesWithCredentials(@ForAll("policies") PolicyCase policy, @ForAll("browserRequests") BrowserRequest request) {
		SimulatedBrowser.Outcome outcome = new SimulatedBrowser(policy.policy()).fetch(request);
		for (TestResponse response : outcome.responses()) {
			if ("*".equals(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))) {
				assertThat(response.get(CorsHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
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
	private static boolean allows(PolicyCase policy, BrowserRequest request) {
		List<String> unsafeNames = CorsSafelist.corsUnsafeRequestHeaderNames(request.headers());
		boolean simple = List.of("GET", "HEAD", "POST").contains(request.method()) && unsafeNames.isEmpty()
				&& !request.privateNetworkAccess();
		if (simple && policy.sharesWithEveryone()) {
			// "*" without credentials on every response: neither method nor origin is checked without a preflight
			return request.credentialsMode() != CredentialsMode.INCLUDE;
		}
		if (!policy.allowsOrigin(request.origin()) || !policy.allowsMethod(request.method())) {
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

	@Provide
	Arbitrary<String> headerValues() {
		return Arbitraries.oneOf(Arbitraries.of("GET", "PUT", "x-custom-header", "content-type,x-trace", "authorization"),
				Arbitraries.strings().ofMaxLength(40).withChars("abcXYZ-_,: \r\n\t\u0000\u007f\u00e9\u2028"));
	}

	private static boolean isCanonicalForTest(String origin) {
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
