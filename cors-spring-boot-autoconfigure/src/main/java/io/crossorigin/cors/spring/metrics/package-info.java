/**
 * Micrometer: the counter {@code cors.requests} of the requests each policy decides.
 */
@NullMarked
package io.crossorigin.cors.spring.metrics;

import org.jspecify.annotations.NullMarked;
