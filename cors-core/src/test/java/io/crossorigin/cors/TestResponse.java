package io.crossorigin.cors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response headers held in a case-insensitive map, in the order they were first written.
 */
final class TestResponse implements CorsResponseHeaders {

	private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final Map<String, String> inOrder = new LinkedHashMap<>();

	TestResponse with(String name, String value) {
		set(name, value);
		return this;
	}

	@Override
	public String get(String name) {
		return this.headers.get(name);
	}

	@Override
	public void set(String name, String value) {
		this.headers.put(name, value);
		this.inOrder.keySet().removeIf(name::equalsIgnoreCase);
		this.inOrder.put(name, value);
	}

	/** Every header written, by name (case-insensitive lookup). */
	Map<String, String> headers() {
		Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		copy.putAll(this.headers);
		return copy;
	}

	/** The names of the Access-Control-* headers present. */
	java.util.Set<String> accessControlHeaders() {
		java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : this.headers.keySet()) {
			if (name.regionMatches(true, 0, "Access-Control-", 0, 15)) {
				names.add(name);
			}
		}
		return names;
	}

}
