package io.crossorigin.cors.spring;

/**
 * One invalid CORS setting, located by its full property path (or annotation attribute).
 *
 * @param path where the value is configured, e.g. {@code cors.policies.api.allowed-origins[1]}
 * @param value the offending value
 * @param problem what is wrong with it
 * @param fix how to fix it
 */
public record CorsConfigurationProblem(String path, String value, String problem, String fix) {

	@Override
	public String toString() {
		return this.path + " = '" + this.value + "': " + this.problem;
	}

}
