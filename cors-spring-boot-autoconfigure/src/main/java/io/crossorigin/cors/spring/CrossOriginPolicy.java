package io.crossorigin.cors.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.aot.hint.annotation.Reflective;

/**
 * Applies a named CORS policy from {@code cors.policies} to a controller class or handler method,
 * in Spring MVC and Spring WebFlux alike. A method's annotation wins over its class's, and either
 * wins over any path pattern; preflights for the handler are answered under the same policy.
 *
 * <p>The optional attributes override the named policy's settings for this handler only (or
 * {@code cors.defaults} when no name is given). Every attribute resolves {@code ${...}}
 * placeholders. A name that is not a configured policy, or an invalid value, fails startup.
 *
 * <pre class="code">
 * &#64;RestController
 * &#64;CrossOriginPolicy("partners")
 * class PartnerController {
 *
 *     &#64;GetMapping("/partners/feed")
 *     &#64;CrossOriginPolicy(value = "partners", exposedHeaders = "X-Feed-Version")
 *     Feed feed() { ... }
 * }
 * </pre>
 *
 * <p>Meta-annotated {@link Reflective}: ahead-of-time processing registers each annotated class and
 * method for reflection, so that a native image finds them as the JVM does.
 *
 * @see io.crossorigin.cors.CorsPolicy
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective
public @interface CrossOriginPolicy {

	/**
	 * The name of the policy, a key of {@code cors.policies}; empty to start from
	 * {@code cors.defaults}.
	 * @return the policy name
	 */
	String value() default "";

	/**
	 * Overrides the policy's {@code allowed-origins}.
	 * @return the origins and origin patterns
	 */
	String[] origins() default {};

	/**
	 * Overrides the policy's {@code allowed-methods}.
	 * @return the methods
	 */
	String[] methods() default {};

	/**
	 * Overrides the policy's {@code allowed-headers}.
	 * @return the request header names
	 */
	String[] allowedHeaders() default {};

	/**
	 * Overrides the policy's {@code exposed-headers}.
	 * @return the response header names
	 */
	String[] exposedHeaders() default {};

	/**
	 * Overrides the policy's {@code allow-credentials}: {@code "true"}, {@code "false"}, or empty to
	 * keep the policy's.
	 * @return the flag, as text so that it can be a placeholder
	 */
	String allowCredentials() default "";

	/**
	 * Overrides the policy's {@code max-age}, e.g. {@code "30m"}, {@code "PT1H"} or {@code "600"}
	 * (seconds); empty to keep the policy's.
	 * @return the duration, as text so that it can be a placeholder
	 */
	String maxAge() default "";

}
