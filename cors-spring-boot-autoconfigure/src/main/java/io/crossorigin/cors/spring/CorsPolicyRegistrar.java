package io.crossorigin.cors.spring;

/**
 * Registers named policies. Implement it as a bean; every registrar is called at startup and again
 * on every reload ({@link CorsPolicyRegistry#reload()}), in order, and what it registers is
 * validated exactly like properties. The {@code cors.policies} properties are one registrar among
 * the others, called first. By settings, inheriting {@code cors.defaults}:
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
 *
 * or as a policy built in code:
 *
 * <pre class="code">
 * policies.add("partners", CorsPolicy.builder().allowedOrigins(partners.origins()).build(), "/partner-api/**");
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
