package io.crossorigin.cors.samples.mvc;

/**
 * An order.
 *
 * @param id the id
 * @param item what was ordered
 */
public record Order(long id, String item) {
}
