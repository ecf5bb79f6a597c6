/**
 * Spring WebFlux: the web filter that enforces the policies, its view of an exchange, the gate on
 * the response, and Spring's own CORS processing stepping aside where a policy applies.
 */
@NullMarked
package io.crossorigin.cors.spring.webflux;

import org.jspecify.annotations.NullMarked;
