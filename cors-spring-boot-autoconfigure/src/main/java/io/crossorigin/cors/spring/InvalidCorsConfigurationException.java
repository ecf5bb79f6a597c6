package io.crossorigin.cors.spring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at startup when CORS properties or {@link CrossOriginPolicy} annotations are invalid,
 * listing every problem at once. {@link InvalidCorsConfigurationFailureAnalyzer} turns it into a
 * startup failure report.
 */
public class InvalidCorsConfigurationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final transient List<CorsConfigurationProblem> problems;

	/**
	 * Creates an exception for the given problems.
	 * @param problems the problems, at least one
	 */
	public InvalidCorsConfigurationException(List<CorsConfigurationProblem> problems) {
		super("Invalid CORS configuration: "
				+ problems.stream().map(CorsConfigurationProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found.
	 * @return the problems
	 */
	public List<CorsConfigurationProblem> problems() {
		return this.problems;
	}

}
