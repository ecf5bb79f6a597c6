package io.crossorigin.cors;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a policy's settings: its stable code, which setting (and which list entry),
 * which value, what is wrong and how to fix it. Also used for warnings, which do not stop a policy
 * from being built. Switch on {@link #code()}: the words of {@link #problem()} and {@link #fix()}
 * are for people.
 *
 * @param code what kind of problem it is
 * @param setting the setting at fault
 * @param index the position of the entry in the setting's list, or -1 for the setting as a whole
 * @param value the offending value as configured (may be null)
 * @param problem what is wrong, e.g. "ends with '/'"
 * @param fix how to fix it, e.g. "remove the trailing slash: https://app.example.com"
 */
public record PolicyProblem(ProblemCode code, PolicySetting setting, int index, @Nullable String value, String problem,
		String fix) {

	/**
	 * The setting's path relative to the policy, e.g. {@code allowed-origins[1]} or {@code max-age}.
	 * @return the relative path
	 */
	public String path() {
		return this.setting.propertyName() + ((this.index >= 0) ? "[" + this.index + "]" : "");
	}

	@Override
	public String toString() {
		return path() + " = '" + this.value + "' " + this.problem + "; " + this.fix;
	}

}
