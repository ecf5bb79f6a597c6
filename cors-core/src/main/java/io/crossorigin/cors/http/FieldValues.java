package io.crossorigin.cors.http;

import java.util.Enumeration;
import java.util.Iterator;

/**
 * Combines the values of a repeated header field as RFC 9110 §5.3 does, which is what
 * {@link io.crossorigin.cors.CorsRequest#header(String)} and
 * {@link io.crossorigin.cors.CorsResponseHeaders#get(String)} return. Adapters call it with their
 * framework's values.
 */
public final class FieldValues {

	private FieldValues() {
	}

	/**
	 * The field's values joined with {@code ", "}; the single value itself (no copy) when there is
	 * one.
	 * @param values the field's values, in order; may be null
	 * @return the combined value, or null when there is none
	 */
	public static String combine(Iterator<String> values) {
		if (values == null || !values.hasNext()) {
			return null;
		}
		String first = values.next();
		if (!values.hasNext()) {
			return first;
		}
		StringBuilder combined = new StringBuilder(first);
		while (values.hasNext()) {
			combined.append(", ").append(values.next());
		}
		return combined.toString();
	}

	/**
	 * {@link #combine(Iterator)} for the servlet API's enumerations, without wrapping them.
	 * @param values the field's values, in order; may be null
	 * @return the combined value, or null when there is none
	 */
	public static String combine(Enumeration<String> values) {
		if (values == null || !values.hasMoreElements()) {
			return null;
		}
		String first = values.nextElement();
		if (!values.hasMoreElements()) {
			return first;
		}
		StringBuilder combined = new StringBuilder(first);
		while (values.hasMoreElements()) {
			combined.append(", ").append(values.nextElement());
		}
		return combined.toString();
	}

}
