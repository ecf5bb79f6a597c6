package io.crossorigin.cors.spring;

import java.util.List;

/**
 * Words the problems of an invalid CORS configuration the same way wherever they are reported: in
 * the startup failure analysis, and in the log when a reload is refused.
 */
final class CorsConfigurationReport {

	private CorsConfigurationReport() {
	}

	/**
	 * Each offending property with its value, what is wrong, and the problem's stable code (which
	 * the README's "Invalid configuration fails startup" lists), e.g.
	 * {@code [ORIGIN_PUBLIC_SUFFIX_WILDCARD]}.
	 */
	static String description(List<CorsConfigurationProblem> problems) {
		StringBuilder description = new StringBuilder("The CORS configuration is invalid (").append(problems.size())
			.append((problems.size() == 1) ? " problem" : " problems")
			.append("):\n");
		for (CorsConfigurationProblem problem : problems) {
			description.append("\n    ").append(problem.path()).append(" = '").append(problem.value()).append("'\n")
				.append("        ").append(problem.problem()).append(" [").append(problem.code()).append("]\n");
		}
		return description.toString();
	}

	/** How to fix each. */
	static String action(List<CorsConfigurationProblem> problems) {
		StringBuilder action = new StringBuilder("Update your application's configuration:\n");
		for (CorsConfigurationProblem problem : problems) {
			action.append("\n    ").append(problem.path()).append(": ").append(problem.fix());
		}
		return action.toString();
	}

}
