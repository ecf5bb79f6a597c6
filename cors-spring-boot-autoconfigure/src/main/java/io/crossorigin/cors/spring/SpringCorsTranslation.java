package io.crossorigin.cors.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsConfiguration;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.InvalidCorsPolicyException;
import io.crossorigin.cors.PolicyProblem;

/**
 * A Spring {@link CorsConfiguration} written as {@code cors.policies.*} YAML that the user can
 * paste, validated as the starter would validate it: a configuration the starter would refuse
 * (such as {@code allowedOriginPatterns("*")} with credentials) gets the reasons instead.
 *
 * @param yaml the policy as YAML, or null if the starter would refuse it
 * @param refused why the starter would refuse it, or null
 */
public record SpringCorsTranslation(@Nullable String yaml, @Nullable String refused) {

	/**
	 * Translates one configuration.
	 * @param name the policy's name in the YAML
	 * @param configuration what Spring applies
	 * @param pathPatterns the paths it applies to
	 * @return the translation
	 */
	public static SpringCorsTranslation of(String name, CorsConfiguration configuration, List<String> pathPatterns) {
		List<String> origins = new ArrayList<>(nullToEmpty(configuration.getAllowedOrigins()));
		origins.addAll(nullToEmpty(configuration.getAllowedOriginPatterns()));
		List<String> methods = nullToEmpty(configuration.getAllowedMethods());
		List<String> headers = nullToEmpty(configuration.getAllowedHeaders());
		List<String> exposed = nullToEmpty(configuration.getExposedHeaders());
		boolean credentials = Boolean.TRUE.equals(configuration.getAllowCredentials());
		Long maxAge = configuration.getMaxAge();
		try {
			CorsPolicy.builder()
				.allowedOrigins(origins)
				.allowedMethods(methods.isEmpty() ? null : methods)
				.allowedHeaders(headers.isEmpty() ? List.of() : headers)
				.exposedHeaders(exposed)
				.allowCredentials(credentials)
				.maxAge((maxAge != null && maxAge >= 0) ? Duration.ofSeconds(maxAge) : null)
				.allowPrivateNetwork(Boolean.TRUE.equals(configuration.getAllowPrivateNetwork()))
				.build();
		}
		catch (InvalidCorsPolicyException ex) {
			return new SpringCorsTranslation(null, ex.problems()
				.stream()
				.map((problem) -> describe(problem))
				.collect(Collectors.joining("; ")));
		}
		StringBuilder yaml = new StringBuilder("cors:\n  policies:\n    ").append(name).append(":\n");
		line(yaml, "path-patterns", pathPatterns);
		line(yaml, "allowed-origins", origins);
		if (!methods.isEmpty()) {
			line(yaml, "allowed-methods", methods);
		}
		line(yaml, "allowed-headers", headers);
		if (!exposed.isEmpty()) {
			line(yaml, "exposed-headers", exposed);
		}
		if (credentials) {
			yaml.append("      allow-credentials: true\n");
		}
		if (maxAge != null && maxAge >= 0) {
			yaml.append("      max-age: ").append(maxAge).append("s\n");
		}
		if (Boolean.TRUE.equals(configuration.getAllowPrivateNetwork())) {
			yaml.append("      allow-private-network: true\n");
		}
		return new SpringCorsTranslation(yaml.toString(), null);
	}

	private static String describe(PolicyProblem problem) {
		return problem.path().replace("allowed-origins", "allowed origins or origin patterns") + " '" + problem.value()
				+ "' " + problem.problem() + " (" + problem.fix() + ")";
	}

	private static void line(StringBuilder yaml, String key, List<String> values) {
		yaml.append("      ").append(key).append(": [");
		for (int i = 0; i < values.size(); i++) {
			yaml.append((i > 0) ? ", " : "").append(quoted(values.get(i)));
		}
		yaml.append("]\n");
	}

	/** Quotes what YAML would otherwise read as something else: {@code *}, {@code null}, a leading symbol. */
	private static String quoted(String value) {
		boolean plain = !value.isEmpty() && (Character.isLetterOrDigit(value.charAt(0)) || value.charAt(0) == '/')
				&& !value.toLowerCase(Locale.ROOT).equals("null") && value.chars().noneMatch((c) -> ",[]{}#&!|>'\"%@`".indexOf(c) >= 0);
		return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static List<String> nullToEmpty(@Nullable List<String> values) {
		return (values != null) ? values : List.of();
	}

}
