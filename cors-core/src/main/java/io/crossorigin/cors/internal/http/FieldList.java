package io.crossorigin.cors.internal.http;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one parser of HTTP comma-separated lists (RFC 9110 §5.6.1, {@code #element}): elements are
 * separated by commas, the optional white space around each (space or horizontal tab, §5.6.3) is
 * not part of it, and empty elements are ignored. It reads {@code Access-Control-Request-Headers}
 * and {@code Vary} in the engine, and the {@code Access-Control-Allow-*} and
 * {@code Access-Control-Expose-Headers} lists in the browser model.
 */
public final class FieldList {

	private FieldList() {
	}

	/**
	 * What to do with one element of a list, which stands at {@code value[from, to)}.
	 *
	 * @param <C> the caller's context, passed through so that a non-capturing function (which
	 * allocates nothing) can use it
	 * @param <R> the result
	 */
	@FunctionalInterface
	public interface ElementFunction<C, R> {

		/**
		 * Looks at one element.
		 * @param context the caller's context
		 * @param value the whole list
		 * @param from the element's first index, inclusive
		 * @param to the element's last index, exclusive
		 * @return null to go on to the next element, or the result that ends the walk
		 */
		@Nullable R apply(C context, String value, int from, int to);

	}

	/**
	 * Walks the elements in order, in place, and returns the first result the function gives.
	 * Allocates nothing itself.
	 * @param <C> the context's type
	 * @param <R> the result's type
	 * @param value the list
	 * @param context passed to the function
	 * @param function applied to each element
	 * @return the first non-null result, or null when every element was looked at
	 */
	public static <C, R> @Nullable R firstResult(String value, C context, ElementFunction<C, R> function) {
		int length = value.length();
		int start = 0;
		while (start <= length) {
			int end = value.indexOf(',', start);
			if (end < 0) {
				end = length;
			}
			int from = start;
			while (from < end && HttpTokens.isWhitespace(value.charAt(from))) {
				from++;
			}
			int to = end;
			while (to > from && HttpTokens.isWhitespace(value.charAt(to - 1))) {
				to--;
			}
			if (from < to) {
				@Nullable R result = function.apply(context, value, from, to);
				if (result != null) {
					return result;
				}
			}
			start = end + 1;
		}
		return null;
	}

	/**
	 * Whether the list has no element (it is empty, or only commas and white space).
	 * @param value the list
	 * @return true if it has no element
	 */
	public static boolean isEmpty(String value) {
		return firstResult(value, Boolean.TRUE, (context, list, from, to) -> Boolean.TRUE) == null;
	}

	/**
	 * Whether the list holds {@code element}, compared ignoring ASCII case.
	 * @param value the list
	 * @param element the element to look for
	 * @return true if present
	 */
	public static boolean containsIgnoreCase(String value, String element) {
		return firstResult(value, element, (wanted, list, from, to) -> (to - from == wanted.length()
				&& AsciiCase.regionMatches(list, from, wanted, 0, wanted.length())) ? Boolean.TRUE : null) != null;
	}

	/**
	 * The elements, in order.
	 * @param value the list
	 * @return the elements, each a new string
	 */
	public static List<String> elements(String value) {
		List<String> elements = new ArrayList<>();
		firstResult(value, elements, (into, list, from, to) -> {
			into.add(list.substring(from, to));
			return null;
		});
		return elements;
	}

	/**
	 * The list as a value fit to send: its elements joined with {@code ", "}, so that the white
	 * space between them is never anything but spaces. The value itself (no copy) when it holds no
	 * tab.
	 * @param value the list
	 * @return the normalized list
	 */
	public static String normalize(String value) {
		return (value.indexOf('\t') < 0) ? value : String.join(", ", elements(value));
	}

}
