/**
 * HTTP building blocks of the engine: tokens, ASCII case, header-name sets probed in place, and
 * {@code Vary} merging. Used by the engine and its adapters; not meant as general-purpose API.
 */
@NullMarked
package io.crossorigin.cors.internal.http;

import org.jspecify.annotations.NullMarked;
