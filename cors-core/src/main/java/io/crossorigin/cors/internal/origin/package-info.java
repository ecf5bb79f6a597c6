/**
 * Origins: the canonical syntax a browser sends, the validated entries of an allowed-origins list,
 * the Public Suffix List, and the compiled matcher whose cost does not grow with the list.
 */
package io.crossorigin.cors.internal.origin;
