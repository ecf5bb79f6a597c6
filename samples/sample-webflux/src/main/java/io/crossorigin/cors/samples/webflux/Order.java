package io.crossorigin.cors.samples.webflux;

/**
 * An order.
 *
 * @param id the id
 * @param item what was ordered
 */
public record Order(long id, String item) {
}
