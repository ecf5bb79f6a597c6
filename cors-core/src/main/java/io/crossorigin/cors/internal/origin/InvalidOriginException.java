package io.crossorigin.cors.internal.origin;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.ProblemCode;

/**
 * An allowed-origin entry that cannot be used, with its problem's code, what is wrong and how to
 * fix it.
 */
public final class InvalidOriginException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final ProblemCode code;

	private final String problem;

	private final String fix;

	private final @Nullable String suggestion;

	InvalidOriginException(ProblemCode code, String problem, String fix, @Nullable String suggestion) {
		super(problem);
		this.code = code;
		this.problem = problem;
		this.fix = fix;
		this.suggestion = suggestion;
	}

	/**
	 * What kind of problem it is.
	 * @return the code
	 */
	public ProblemCode code() {
		return this.code;
	}

	/**
	 * What is wrong with the entry.
	 * @return the problem, as a sentence fragment
	 */
	public String problem() {
		return this.problem;
	}

	/**
	 * How to fix the entry.
	 * @return the advice
	 */
	public String fix() {
		return this.fix;
	}

	/**
	 * The entry the fix suggests, already checked to parse, if it suggests one.
	 * @return the suggested entry, or null
	 */
	public @Nullable String suggestion() {
		return this.suggestion;
	}

}
