package io.crossorigin.cors.spring;

import io.crossorigin.cors.CorsPolicy;

/**
 * A compiled policy with the name it is reported under: a key of {@code cors.policies}, or the
 * handler whose {@link CrossOriginPolicy} derived it.
 *
 * @param name the name, for logs
 * @param policy the policy
 */
public record NamedCorsPolicy(String name, CorsPolicy policy) {
}
