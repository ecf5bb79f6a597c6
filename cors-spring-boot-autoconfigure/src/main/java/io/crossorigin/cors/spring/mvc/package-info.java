/**
 * Spring MVC: the servlet filter and the interceptor that enforce the policies, their view of a
 * request, the gate on the response, and Spring's own CORS processing stepping aside where a
 * policy applies.
 */
@NullMarked
package io.crossorigin.cors.spring.mvc;

import org.jspecify.annotations.NullMarked;
