package io.crossorigin.cors.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.PolicyProblem;
import io.crossorigin.cors.ProblemCode;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.CorsSafelist;
import io.crossorigin.cors.browser.PreflightResult;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySet;
import io.crossorigin.cors.spring.NamedCorsPolicy;

/**
 * Every configured policy checked against the running application in one call, as a guard against
 * configuration regressions: on a path each policy covers, a browser at each of its origins may
 * read a {@code GET}, and its preflights for each allowed method and header pass; a browser at a
 * near miss of each origin (a suffix or prefix trick, another scheme or port, {@code null}) is
 * blocked; a policy that allows no origin at all fails the check. Methods and headers are checked
 * by preflight only, so nothing but {@code GET} and {@code OPTIONS} reaches the application.
 * Policies that no path selects (those of {@code @CrossOriginPolicy} alone, and those an annotation
 * derives) cannot be reached by a path here: each is listed as skipped, with the reason, in the
 * returned {@link PolicyCheckReport}, on standard output and in a failure; check them with
 * {@code assertThatBrowserAt(...)} on their handlers' paths. Origins from an {@code OriginSet}
 * change at runtime and are not checked.
 */
public final class PolicyCheck {

	private final CorsPolicySet policies;

	PolicyCheck(CorsPolicyRegistry registry) {
		this.policies = registry.current();
	}

	/**
	 * Checks every policy through a {@link MockMvc}.
	 * @param mockMvc the application, built with its filters
	 * @return what was checked and what was skipped
	 */
	public PolicyCheckReport against(MockMvc mockMvc) {
		return check(new MockMvcTarget(mockMvc));
	}

	/**
	 * Checks every policy through a {@link WebTestClient}.
	 * @param client the client
	 * @return what was checked and what was skipped
	 */
	public PolicyCheckReport against(WebTestClient client) {
		return check(new WebTestClientTarget(client));
	}

	/**
	 * Checks every policy through a {@link RestTestClient}.
	 * @param client the client
	 * @return what was checked and what was skipped
	 */
	public PolicyCheckReport against(RestTestClient client) {
		return check(new RestTestClientTarget(client));
	}

	/**
	 * Checks every policy over HTTP against a running server.
	 * @param baseUrl the server's base URL
	 * @return what was checked and what was skipped
	 */
	public PolicyCheckReport against(URI baseUrl) {
		return check(new HttpTarget(baseUrl));
	}

	PolicyCheckReport check(CorsTarget target) {
		List<String> failures = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		int checks = 0;
		for (Map.Entry<String, NamedCorsPolicy> entry : this.policies.policies().entrySet()) {
			List<String> patterns = this.policies.pathPatterns(entry.getKey());
			if (patterns.isEmpty()) {
				skipped.add("policy '" + entry.getKey() + "': it has no path patterns, so only @CrossOriginPolicy selects it");
				continue;
			}
			checked.add(entry.getKey());
			String path = CorsPolicySet.examplePath(patterns.get(0));
			CorsPolicy policy = entry.getValue().policy();
			String where = "policy '" + entry.getKey() + "' on " + path + ": ";
			for (PolicyProblem warning : policy.warnings()) {
				String failure = failure(warning.code());
				if (failure != null) {
					checks++;
					failures.add(where + failure);
				}
			}
			for (String origin : representativeOrigins(policy)) {
				checks++;
				BrowserVerdict verdict = BrowserVerdict.judge(origin, credentialed(BrowserAssertions.get(path), policy),
						target);
				if (!verdict.isAllowed()) {
					failures.add(where + "a browser at " + origin + " cannot read GET: " + verdict.failure());
				}
				for (String method : policy.allowedMethods()) {
					if (!method.equals("*") && !CorsSafelist.isCorsSafelistedMethod(method)) {
						checks++;
						String failure = preflightFailure(origin, credentialed(BrowserAssertions.request(method, path), policy),
								target);
						if (failure != null) {
							failures.add(where + "the preflight of " + origin + " for " + method + " fails: " + failure);
						}
					}
				}
				for (String header : policy.allowedHeaders()) {
					if (!header.equals("*")) {
						checks++;
						String failure = preflightFailure(origin,
								credentialed(BrowserAssertions.get(path).header(header, "1"), policy), target);
						if (failure != null) {
							failures.add(where + "the preflight of " + origin + " for header " + header + " fails: " + failure);
						}
					}
				}
				for (String nearMiss : nearMisses(origin)) {
					if (!policy.allowsOrigin(nearMiss)) {
						checks++;
						BrowserVerdict missed = BrowserVerdict.judge(nearMiss, BrowserAssertions.get(path), target);
						if (missed.isAllowed()) {
							failures.add(where + "a browser at " + nearMiss + ", a near miss of " + origin
									+ " that the policy does not allow, can read GET");
						}
					}
				}
			}
		}
		for (NamedCorsPolicy derived : this.policies.derivedPolicies()) {
			skipped.add("policy '" + derived.name() + "' (" + derived.source()
					+ "): derived by an annotation, so only its handlers select it");
		}
		String skips = skipped.isEmpty() ? "" : System.lineSeparator() + "Skipped, since no path selects them (check them"
				+ " with assertThatBrowserAt(...) on their handlers' paths):" + System.lineSeparator() + "  "
				+ String.join(System.lineSeparator() + "  ", skipped);
		if (checks == 0) {
			throw new AssertionError("No policy with path patterns and listed origins to check" + skips);
		}
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.size() + " of " + checks + " CORS policy checks failed:"
					+ System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", failures) + skips);
		}
		if (!skipped.isEmpty()) {
			// a passing check says what it did not cover, where a test's output shows it
			System.out.println("CORS policy check: " + checks + " checks passed." + skips);
		}
		return new PolicyCheckReport(List.copyOf(checked), List.copyOf(skipped), checks);
	}

	/**
	 * A policy warning that makes the check fail: a policy that covers paths but lets no origin read
	 * anything is what a misspelt key leaves behind, not what anyone configures on purpose.
	 */
	private static @Nullable String failure(ProblemCode warning) {
		return switch (warning) {
			case NO_ORIGIN_ALLOWED -> "it allows no origin at all, so every browser at another origin is blocked: its"
					+ " allowed-origins is empty (a misspelt key, such as allowed-origin, leaves it so)";
			default -> null;
		};
	}

	private static Fetch credentialed(Fetch fetch, CorsPolicy policy) {
		return policy.allowCredentials() ? fetch.withCredentials() : fetch;
	}

	/** The preflight alone, judged as a browser judges it; null when it passes. */
	private static @Nullable String preflightFailure(String origin, Fetch fetch, CorsTarget target) {
		PreflightResult result = BrowserFetch.preflight(fetch.toBrowserRequest(origin),
				(method, headers) -> target.send(method, fetch.path(), headers).response());
		return result.passed() ? null : result.failure();
	}

	/** One origin a browser could send for each listed entry: a subdomain for {@code *.}, a port for {@code :*}. */
	static List<String> representativeOrigins(CorsPolicy policy) {
		Set<String> origins = new LinkedHashSet<>();
		for (String entry : policy.allowedOrigins()) {
			if (entry.equals("*") || entry.startsWith("bean:")) {
				continue;
			}
			origins.add(entry.replace("://*.", "://check.").replace(":*", ":8443"));
		}
		return List.copyOf(origins);
	}

	/** Origins one slip away from {@code origin}, which an attacker can register or serve. */
	static List<String> nearMisses(String origin) {
		List<String> misses = new ArrayList<>();
		misses.add("null");
		if (origin.equals("null")) {
			return misses;
		}
		int schemeEnd = origin.indexOf("://");
		String scheme = origin.substring(0, schemeEnd);
		String hostAndPort = origin.substring(schemeEnd + 3);
		int colon = hostAndPort.lastIndexOf(':');
		boolean hasPort = colon > 0 && !hostAndPort.endsWith("]");
		String host = hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
		String port = hasPort ? hostAndPort.substring(colon) : "";
		misses.add(scheme + "://" + host + ".evil.example" + port);
		misses.add(scheme + "://evil" + host + port);
		misses.add(scheme + "://evil-" + host + port);
		misses.add((scheme.equals("https") ? "http" : "https") + "://" + hostAndPort);
		misses.add(scheme + "://" + host + (port.equals(":8444") ? ":8445" : ":8444"));
		return misses;
	}

}
