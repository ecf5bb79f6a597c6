package io.crossorigin.cors.test;

import java.util.Locale;
import java.util.Set;

import io.crossorigin.cors.browser.HeaderField;

/**
 * Keeps secrets out of failure messages, which end up in build logs: the values of the headers
 * that carry credentials are shown as {@code (hidden)}, their names stay.
 */
final class Secrets {

	private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

	private Secrets() {
	}

	/**
	 * A header's value as a failure message may show it.
	 * @param header the header
	 * @return the value, or {@code (hidden)} for a credential
	 */
	static String shown(HeaderField header) {
		return CREDENTIAL_HEADERS.contains(header.name().toLowerCase(Locale.ROOT)) ? "(hidden)" : header.value();
	}

}
