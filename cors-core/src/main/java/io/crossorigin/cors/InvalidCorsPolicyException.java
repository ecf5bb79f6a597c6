package io.crossorigin.cors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link CorsPolicy} cannot be built, carrying every problem found at once.
 */
public class InvalidCorsPolicyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<PolicyProblem> problems;

	/**
	 * Creates an exception for the given problems.
	 * @param problems the problems, at least one
	 */
	public InvalidCorsPolicyException(List<PolicyProblem> problems) {
		super("Invalid CORS policy: " + problems.stream().map(PolicyProblem::toString)
			.collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found, in the order of the settings.
	 * @return the problems
	 */
	public List<PolicyProblem> problems() {
		return this.problems;
	}

}
