/**
 * Spring Cloud: the policies reload when a {@code cors.*} property changes at runtime.
 */
@NullMarked
package io.crossorigin.cors.spring.cloud;

import org.jspecify.annotations.NullMarked;
