package io.crossorigin.cors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.CorsSafelist;
import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.http.HttpTokens;
import io.crossorigin.cors.internal.origin.InvalidOriginException;
import io.crossorigin.cors.internal.origin.OriginPattern;

/**
 * Checks a policy's settings as configured, all of them at once, and normalises them: every
 * problem is reported with its {@link ProblemCode}, the setting and entry at fault, the value, what
 * is wrong and how to fix it. Settings that are valid but probably not meant are reported as
 * warnings.
 */
final class CorsPolicyValidator {

	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	private final Settings settings;

	private final List<PolicyProblem> problems = new ArrayList<>();

	private final List<PolicyProblem> warnings = new ArrayList<>();

	private CorsPolicyValidator(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Validates and normalises settings.
	 * @param settings the settings as configured
	 * @return the valid settings, normalised, with their warnings
	 * @throws InvalidCorsPolicyException listing every problem, if any setting is invalid
	 */
	static ValidSettings validate(Settings settings) {
		return new CorsPolicyValidator(settings).validate();
	}

	private ValidSettings validate() {
		List<OriginPattern> origins = origins();
		List<String> methods = methods();
		List<String> headers = requestHeaders();
		List<String> exposed = exposedHeaders();
		if (this.settings.maxAge().isNegative()) {
			this.problems.add(new PolicyProblem(ProblemCode.MAX_AGE_NEGATIVE, PolicySetting.MAX_AGE, -1,
					String.valueOf(this.settings.maxAge()), "is negative", "use a duration of zero or more, e.g. 30m"));
		}
		else if (this.settings.maxAge().compareTo(BrowserProfile.CHROMIUM.maxAgeCap()) > 0) {
			this.warnings.add(new PolicyProblem(ProblemCode.MAX_AGE_BEYOND_BROWSER_CAP, PolicySetting.MAX_AGE, -1,
					String.valueOf(this.settings.maxAge()),
					"is longer than browsers keep a preflight's answer: Chromium caps it at 2h (7200 s)"
							+ (this.settings.maxAge().compareTo(BrowserProfile.FIREFOX.maxAgeCap()) > 0 ? ", Firefox at 24h (86400 s)"
									: "")
							+ ", so preflights come back sooner than it says",
					"set max-age to 2h or less"));
		}
		if (!this.problems.isEmpty()) {
			throw new InvalidCorsPolicyException(this.problems);
		}
		return new ValidSettings(origins, this.settings.originSets(), methods, headers, exposed,
				this.settings.allowCredentials(), this.settings.maxAge(), this.settings.allowPrivateNetwork(),
				this.settings.allowInsecureOrigins(), this.settings.disallowedRequests(), this.settings.mode(),
				List.copyOf(this.warnings));
	}

	private List<OriginPattern> origins() {
		List<OriginPattern> patterns = new ArrayList<>();
		List<@Nullable String> entries = this.settings.allowedOrigins();
		boolean credentials = this.settings.allowCredentials();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			OriginPattern pattern;
			try {
				pattern = OriginPattern.parse(entry);
			}
			catch (InvalidOriginException ex) {
				problem(ex.code(), PolicySetting.ALLOWED_ORIGINS, i, entry, ex.problem(), fixFor(ex, credentials));
				continue;
			}
			if (credentials && pattern.kind() == OriginPattern.Kind.ANY) {
				problem(ProblemCode.CREDENTIALS_WITH_ANY_ORIGIN, PolicySetting.ALLOWED_ORIGINS, i, entry,
						"allows every origin while allow-credentials is true, which would let any site read"
								+ " users' authenticated responses",
						"list the origins explicitly, or set allow-credentials to false");
				continue;
			}
			if (credentials && !this.settings.allowInsecureOrigins() && pattern.isInsecure()) {
				problem(ProblemCode.CREDENTIALS_WITH_INSECURE_ORIGIN, PolicySetting.ALLOWED_ORIGINS, i, entry,
						"is a plain-http origin while allow-credentials is true: anyone on the network path"
								+ " can script it and read users' authenticated responses",
						"use https (" + pattern.toString().replaceFirst("^http:", "https:")
								+ "), or set allow-insecure-origins to true to accept the risk");
				continue;
			}
			if (pattern.kind() == OriginPattern.Kind.NULL) {
				this.warnings.add(new PolicyProblem(ProblemCode.NULL_ORIGIN_ALLOWED, PolicySetting.ALLOWED_ORIGINS, i,
						entry, "allows the opaque origin 'null', which any sandboxed iframe, data: URL or local file"
								+ " can claim",
						"remove it unless those documents really must read responses"));
			}
			patterns.add(pattern);
		}
		if (entries.isEmpty() && this.settings.originSets().isEmpty()) {
			this.warnings.add(new PolicyProblem(ProblemCode.NO_ORIGIN_ALLOWED, PolicySetting.ALLOWED_ORIGINS, -1, "[]",
					"is empty, so every cross-origin request is refused", "list the origins that may read responses"));
		}
		return patterns;
	}

	/**
	 * An origin's fix as this policy would accept it: with credentials, a suggested plain-http
	 * origin would fail the next start, so its https form is suggested instead.
	 */
	private String fixFor(InvalidOriginException ex, boolean credentials) {
		String suggestion = ex.suggestion();
		if (suggestion == null || !credentials || this.settings.allowInsecureOrigins()
				|| !OriginPattern.parse(suggestion).isInsecure()) {
			return ex.fix();
		}
		return ex.fix().replace(suggestion, suggestion.replaceFirst("^http:", "https:"))
				+ " (https, since allow-credentials is true)";
	}

	private List<String> methods() {
		Set<String> methods = new LinkedHashSet<>();
		List<@Nullable String> configured = this.settings.allowedMethods();
		for (int i = 0; i < configured.size(); i++) {
			String method = configured.get(i);
			if ("*".equals(method)) {
				methods.add(method);
			}
			else if (method == null || !HttpTokens.isToken(method)) {
				problem(ProblemCode.METHOD_INVALID, PolicySetting.ALLOWED_METHODS, i, method, "is not a valid method name",
						"write an HTTP token such as GET, PATCH or PURGE, or '*' for any method");
			}
			else if (CorsSafelist.isForbiddenMethod(method)) {
				problem(ProblemCode.METHOD_FORBIDDEN, PolicySetting.ALLOWED_METHODS, i, method,
						"is a forbidden method that browsers never send", "remove it");
			}
			else {
				String upper = AsciiCase.toUpperCase(method);
				methods.add(NORMALIZED_METHODS.contains(upper) ? upper : method);
			}
		}
		return methods.contains("*") ? List.of("*") : List.copyOf(methods);
	}

	private List<String> requestHeaders() {
		return headerNames(PolicySetting.ALLOWED_HEADERS, this.settings.allowedHeaders(), (i, name) -> {
			if (CorsSafelist.isForbiddenRequestHeaderName(name)) {
				problem(ProblemCode.HEADER_FORBIDDEN, PolicySetting.ALLOWED_HEADERS, i, name,
						"is a forbidden request header that scripts cannot set", "remove it");
				return false;
			}
			return true;
		});
	}

	private List<String> exposedHeaders() {
		return headerNames(PolicySetting.EXPOSED_HEADERS, this.settings.exposedHeaders(), (i, name) -> {
			if (name.equals("*") && this.settings.allowCredentials()) {
				problem(ProblemCode.CREDENTIALS_WITH_ANY_EXPOSED_HEADER, PolicySetting.EXPOSED_HEADERS, i, name,
						"is '*' while allow-credentials is true: browsers then read it as a header named '*'",
						"list the response headers to expose, or set allow-credentials to false");
				return false;
			}
			if (CorsSafelist.isForbiddenResponseHeaderName(name)) {
				problem(ProblemCode.EXPOSED_HEADER_FORBIDDEN, PolicySetting.EXPOSED_HEADERS, i, name,
						"is a header that browsers never expose to scripts", "remove it");
				return false;
			}
			return true;
		});
	}

	private List<String> headerNames(PolicySetting setting, List<@Nullable String> names, EntryCheck check) {
		Map<String, String> unique = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name == null || (!name.equals("*") && !HttpTokens.isToken(name))) {
				problem(ProblemCode.HEADER_INVALID, setting, i, name, "is not a valid header name",
						"write an HTTP token such as X-Request-Id, or '*'");
			}
			else if (check.accepts(i, name)) {
				unique.putIfAbsent(AsciiCase.toLowerCase(name), name);
			}
		}
		if (setting == PolicySetting.ALLOWED_HEADERS && unique.containsKey("*")) {
			return List.of("*");
		}
		return List.copyOf(unique.values());
	}

	private void problem(ProblemCode code, PolicySetting setting, int index, @Nullable String value, String problem,
			String fix) {
		this.problems.add(new PolicyProblem(code, setting, index, value, problem, fix));
	}

	@FunctionalInterface
	private interface EntryCheck {

		boolean accepts(int index, String name);

	}

	/**
	 * A policy's settings as configured: entries may be invalid, and null entries are reported.
	 */
	record Settings(List<@Nullable String> allowedOrigins, List<OriginSet> originSets,
			List<@Nullable String> allowedMethods, List<@Nullable String> allowedHeaders,
			List<@Nullable String> exposedHeaders, boolean allowCredentials, Duration maxAge, boolean allowPrivateNetwork,
			boolean allowInsecureOrigins, DisallowedRequests disallowedRequests, PolicyMode mode) {
	}

	/**
	 * A policy's settings once validated: origins parsed, methods and header names normalised and
	 * each listed once.
	 */
	record ValidSettings(List<OriginPattern> origins, List<OriginSet> originSets, List<String> methods,
			List<String> headers, List<String> exposedHeaders, boolean allowCredentials, Duration maxAge,
			boolean allowPrivateNetwork, boolean allowInsecureOrigins, DisallowedRequests disallowedRequests,
			PolicyMode mode, List<PolicyProblem> warnings) {
	}

}
