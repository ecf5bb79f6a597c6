package io.crossorigin.cors.spring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import io.crossorigin.cors.PolicySetting;
import io.crossorigin.cors.ProblemCode;

/**
 * Finds the keys under {@code cors.*} that bind to no setting, such as a misspelt
 * {@code allowed-origin}: Spring Boot ignores them, so the policy silently lacks what the user meant
 * to set. From properties and YAML files, command-line arguments and any other source they are
 * errors; from environment variables and JVM system properties they are warnings only, since other
 * tools use the {@code CORS_} prefix and {@code cors.} system properties too (Spring Boot's own
 * check of unbound properties leaves those two sources out for the same reason). Each names the
 * nearest valid key.
 */
final class UnknownCorsProperties {

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of(CorsProperties.PREFIX);

	/** The keys directly under {@code cors.}. */
	static final List<String> TOP_LEVEL_KEYS = List.of("enabled", "filter-order", "defaults", "policies");

	/** The keys of a policy, and of {@code cors.defaults}. */
	static final List<String> POLICY_KEYS = Stream
		.concat(Stream.of("path-patterns"), Stream.of(PolicySetting.values()).map(PolicySetting::propertyName))
		.toList();

	private UnknownCorsProperties() {
	}

	/**
	 * The unknown keys of the environment as it is now.
	 * @param environment the environment
	 * @return the problems: errors first, then the warnings of environment variables
	 */
	static Found find(Environment environment) {
		List<CorsConfigurationProblem> errors = new ArrayList<>();
		List<CorsConfigurationProblem> warnings = new ArrayList<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (!(source instanceof IterableConfigurationPropertySource iterable)) {
				continue;
			}
			boolean fromEnvironmentVariables = isSystemSource(source);
			iterable.filter(ROOT::isAncestorOf).stream().sorted().forEach((name) -> {
				String suggestion = suggestion(name);
				if (suggestion != null) {
					ConfigurationProperty property = source.getConfigurationProperty(name);
					(fromEnvironmentVariables ? warnings : errors).add(problem(name, property, suggestion,
							fromEnvironmentVariables));
				}
			});
		}
		return new Found(List.copyOf(errors), List.copyOf(warnings));
	}

	/** Environment variables or JVM system properties, which the application does not own alone. */
	private static boolean isSystemSource(ConfigurationPropertySource source) {
		return source.getUnderlyingSource() instanceof org.springframework.core.env.PropertySource<?> propertySource
				&& (StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(propertySource.getName())
						|| StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(propertySource.getName()));
	}

	/**
	 * The key a name was probably meant to be, or null if it is a valid key. The comparison is
	 * in Spring Boot's uniform form (lower case, no dashes), in which {@code allowedOrigins},
	 * {@code allowed-origins} and {@code CORS_..._ALLOWEDORIGINS} are one key.
	 */
	static @Nullable String suggestion(ConfigurationPropertyName name) {
		int elements = name.getNumberOfElements();
		if (elements < 2) {
			return null;
		}
		String top = name.getElement(1, Form.UNIFORM);
		String topKey = known(top, TOP_LEVEL_KEYS);
		if (topKey == null) {
			return "cors." + nearest(top, TOP_LEVEL_KEYS);
		}
		return switch (topKey) {
			case "enabled", "filter-order" -> (elements == 2) ? null : "cors." + topKey;
			case "defaults" -> policyKeySuggestion(name, 2, "cors.defaults.");
			case "policies" -> (elements < 4) ? null
					: policyKeySuggestion(name, 3, "cors.policies." + name.getElement(2, Form.ORIGINAL) + ".");
			default -> null;
		};
	}

	/** The policy key at {@code index} and after it: list indexes are fine, anything more is not. */
	private static @Nullable String policyKeySuggestion(ConfigurationPropertyName name, int index, String prefix) {
		if (name.getNumberOfElements() <= index) {
			return null;
		}
		// an environment variable in the legacy form (CORS_..._ALLOWED_ORIGINS) splits a key in two
		StringBuilder key = new StringBuilder();
		for (int i = index; i < name.getNumberOfElements(); i++) {
			if (name.isNumericIndex(i)) {
				break;
			}
			key.append(name.getElement(i, Form.UNIFORM));
			String match = known(key.toString(), POLICY_KEYS);
			if (match != null && (i + 1 == name.getNumberOfElements() || name.isNumericIndex(i + 1))) {
				return null;
			}
		}
		return prefix + nearest(name.getElement(index, Form.DASHED), POLICY_KEYS);
	}

	private static @Nullable String known(String uniform, List<String> keys) {
		for (String key : keys) {
			if (key.replace("-", "").equals(uniform)) {
				return key;
			}
		}
		return null;
	}

	/** The key at the smallest edit distance (Levenshtein, over the dashed forms). */
	static String nearest(String written, List<String> keys) {
		return keys.stream()
			.min(Comparator.comparingInt((String key) -> distance(written.toLowerCase(java.util.Locale.ROOT), key)))
			.orElseThrow();
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static CorsConfigurationProblem problem(ConfigurationPropertyName name, @Nullable ConfigurationProperty property,
			String suggestion, boolean fromEnvironmentVariables) {
		Object value = (property != null) ? property.getValue() : null;
		Origin where = (property != null) ? property.getOrigin() : null;
		String origin = (where != null) ? " (" + where + ")" : "";
		// the key as written (allowedOrigin), where the source knows it, rather than its uniform form
		String key = (where instanceof PropertySourceOrigin written && !fromEnvironmentVariables)
				? written.getPropertyName() : name.toString();
		String level = suggestion.startsWith("cors.defaults.") || suggestion.startsWith("cors.policies.")
				? "a policy's keys are " + String.join(", ", POLICY_KEYS)
				: "the keys under cors. are " + String.join(", ", TOP_LEVEL_KEYS);
		if (fromEnvironmentVariables) {
			return new CorsConfigurationProblem(ProblemCode.PROPERTY_UNKNOWN_IN_ENVIRONMENT, key,
					(value != null) ? value.toString() : null,
					"binds to no setting of this starter and is ignored" + origin
							+ " (only a warning: other tools use the CORS_ prefix and cors. system properties too)",
					"did you mean " + suggestion + "? " + level);
		}
		return new CorsConfigurationProblem(ProblemCode.PROPERTY_UNKNOWN, key,
				(value != null) ? value.toString() : null, "is not a setting of this starter" + origin,
				"did you mean " + suggestion + "? Rename the key, or remove it; " + level);
	}

	/**
	 * The unknown keys found.
	 *
	 * @param errors keys that fail startup (and refuse a reload)
	 * @param warnings keys from environment variables, logged at WARN
	 */
	record Found(List<CorsConfigurationProblem> errors, List<CorsConfigurationProblem> warnings) {
	}

}
