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
		return new FailureAnalysis(CorsConfigurationReport.description(cause.problems()),
				CorsConfigurationReport.action(cause.problems()), cause);
	}

}
