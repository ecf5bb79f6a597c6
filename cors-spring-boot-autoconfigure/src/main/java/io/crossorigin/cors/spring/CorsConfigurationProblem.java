package io.crossorigin.cors.spring;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.ProblemCode;

/**
 * One invalid CORS setting, located by its full property path (or annotation attribute). Switch on
 * {@link #code()}: the words of {@link #problem()} and {@link #fix()} are for people.
 *
 * @param code what kind of problem it is
 * @param path where the value is configured, e.g. {@code cors.policies.api.allowed-origins[1]}
 * @param value the offending value
 * @param problem what is wrong with it
 * @param fix how to fix it
 */
public record CorsConfigurationProblem(ProblemCode code, String path, @Nullable String value, String problem,
		String fix) {

	@Override
	public String toString() {
		return this.path + " = '" + this.value + "': " + this.problem;
	}

}
