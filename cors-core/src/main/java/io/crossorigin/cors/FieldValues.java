package io.crossorigin.cors;

import java.util.Enumeration;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.VaryHeader;

/**
 * Header values as adapters read and write them: the values of a repeated header field combined as
 * RFC 9110 §5.3 does, which is what {@link CorsRequest#header(String)} and
 * {@link CorsResponseHeaders#get(String)} return, and {@code Vary} values merged with each token
 * once. Adapters call it with their framework's values.
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
	public static @Nullable String combine(@Nullable Iterator<String> values) {
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
	public static @Nullable String combine(@Nullable Enumeration<String> values) {
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

	/**
	 * The {@code Vary} value that covers both values, each token once (compared ignoring ASCII
	 * case), in the order first seen; {@code *} alone when either holds it.
	 * @param first a {@code Vary} value, or null
	 * @param second another, or null
	 * @return the union, or null when neither holds a token
	 */
	public static @Nullable String varyUnion(@Nullable String first, @Nullable String second) {
		return VaryHeader.union(first, second);
	}

}
