package io.crossorigin.cors.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports invalid CORS configuration at startup: the description lists each offending property
 * with its value and what is wrong, the action how to fix each.
 */
class InvalidCorsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCorsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCorsConfigurationException cause) {
		StringBuilder description = new StringBuilder("The CORS configuration is invalid (")
			.append(cause.problems().size())
			.append((cause.problems().size() == 1) ? " problem" : " problems")
			.append("):\n");
		StringBuilder action = new StringBuilder("Update your application's configuration:\n");
		for (CorsConfigurationProblem problem : cause.problems()) {
			description.append("\n    ").append(problem.path()).append(" = '").append(problem.value()).append("'\n")
				.append("        ").append(problem.problem()).append('\n');
			action.append("\n    ").append(problem.path()).append(": ").append(problem.fix());
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
