package io.crossorigin.cors.spring;

/**
 * How problems and reports name the policies one source defines: the path a problem's setting is
 * reported under, and where the policy was defined.
 */
interface PolicySourceNaming {

	/**
	 * How the path of a problem in a policy's settings starts.
	 * @param name the policy's name
	 * @return the prefix, e.g. {@code cors.policies.api.}
	 */
	String prefix(String name);

	/**
	 * Where a policy was defined, for reports.
	 * @param name the policy's name
	 * @return the source, e.g. {@code CorsPolicyRegistrar com.example.PartnerPolicies}
	 */
	String source(String name);

	/**
	 * Names policies by what defined them, e.g. {@code CorsPolicyRegistrar com.example.PartnerPolicies}.
	 * @param source what defined them
	 * @return the naming
	 */
	static PolicySourceNaming of(String source) {
		return new PolicySourceNaming() {

			@Override
			public String prefix(String name) {
				return source + ": " + name + ".";
			}

			@Override
			public String source(String name) {
				return source;
			}

		};
	}

}
