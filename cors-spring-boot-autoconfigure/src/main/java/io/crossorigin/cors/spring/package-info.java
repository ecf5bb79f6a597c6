/**
 * CORS policies for Spring Boot, shared by both web stacks and free of servlet and reactive types:
 * the auto-configuration, the {@code cors.*} properties and the registrars that policies come from,
 * the registry of validated policies in force, the selector that picks one per request and the
 * {@linkplain io.crossorigin.cors.spring.CorsPolicyEnforcer enforcement step} every entry point calls.
 */
@NullMarked
package io.crossorigin.cors.spring;

import org.jspecify.annotations.NullMarked;
