package io.crossorigin.cors.spring;

/**
 * Registers named policies in code, alongside those of {@code cors.policies}. Implement it as a
 * bean; it is called at startup and again on every reload ({@link CorsPolicyRegistry#reload()}),
 * and what it registers is validated exactly like properties, {@code cors.defaults} included:
 *
 * <pre class="code">
 * &#64;Bean
 * CorsPolicyRegistrar partnerPolicies(PartnerDirectory partners) {
 *     return (policies) -&gt; policies.add("partners", (policy) -&gt; {
 *         policy.setPathPatterns(List.of("/partner-api/**"));
 *         policy.setAllowedOrigins(partners.origins());
 *     });
 * }
 * </pre>
 */
@FunctionalInterface
public interface CorsPolicyRegistrar {

	/**
	 * Registers policies.
	 * @param policies where to add them
	 */
	void registerPolicies(CorsPolicyRegistrations policies);

}
