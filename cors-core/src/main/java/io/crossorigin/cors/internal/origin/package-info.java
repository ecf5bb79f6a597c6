/**
 * Origins: the canonical syntax a browser sends, the validated entries of an allowed-origins list,
 * the Public Suffix List, and the compiled matcher whose cost does not grow with the list.
 */
@NullMarked
package io.crossorigin.cors.internal.origin;

import org.jspecify.annotations.NullMarked;
