/**
 * The actuator endpoint {@code cors}: the policies in force, and what a browser's {@code fetch()}
 * would meet for a given request.
 */
@NullMarked
package io.crossorigin.cors.spring.actuate;

import org.jspecify.annotations.NullMarked;
