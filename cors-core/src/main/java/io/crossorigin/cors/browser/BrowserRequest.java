package io.crossorigin.cors.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.crossorigin.cors.internal.http.AsciiCase;
import io.crossorigin.cors.internal.http.HttpTokens;

/**
 * What a page asks {@code fetch()} to send to another origin, in "{@code cors}" mode.
 *
 * <p>The constructor does what {@code fetch()} and the {@code Headers} object do before anything
 * reaches the network:
 * <ul>
 * <li>the method must be a method (an RFC 9110 token) and not a forbidden method, else
 * {@link IllegalArgumentException} (where {@code fetch()} throws a {@code TypeError}); it is then
 * normalized as Fetch "normalize a method" does: a byte-case-insensitive match for {@code DELETE},
 * {@code GET}, {@code HEAD}, {@code OPTIONS}, {@code POST} or {@code PUT} is uppercased, any other
 * method is kept as written ({@code patch} stays {@code patch});</li>
 * <li>each header value is normalized (leading and trailing HTTP whitespace removed); a name that
 * is not a token, or a value holding NUL, CR, LF or a char above U+00FF, is rejected with
 * {@link IllegalArgumentException} (a {@code TypeError} in browsers);</li>
 * <li>headers whose name is a forbidden request-header name
 * ({@link CorsSafelist#isForbiddenRequestHeaderName(String)}) are silently dropped, as the
 * {@code Headers} object with guard "{@code request}" does. {@link #headers()} therefore never
 * holds them.</li>
 * </ul>
 *
 * @param origin               the page's serialized origin, e.g. {@code "http://api.bob.com"} or
 *                             {@code "null"}; sent as-is in the {@code Origin} header
 * @param method               the request method, normalized
 * @param headers              the author request headers in the order the script set them, forbidden
 *                             ones dropped (immutable)
 * @param credentialsMode      the request's credentials mode
 * @param privateNetworkAccess whether the target is in a more private address space than the page
 *                             (Chromium's Private Network Access): a preflight is then always sent,
 *                             carrying {@code Access-Control-Request-Private-Network: true}
 */
public record BrowserRequest(
		String origin,
		String method,
		List<HeaderField> headers,
		CredentialsMode credentialsMode,
		boolean privateNetworkAccess) {

	/**
	 * Creates a request, validating and normalizing the method and headers as described above.
	 *
	 * @param origin               the page's serialized origin
	 * @param method               the method as the script wrote it
	 * @param headers              the author request headers as the script set them
	 * @param credentialsMode      the credentials mode
	 * @param privateNetworkAccess whether the target is in a more private address space
	 * @throws NullPointerException     if any argument or header is null
	 * @throws IllegalArgumentException if the method is not a token or is a forbidden method, or a
	 *                                  header name or value is invalid
	 */
	public BrowserRequest {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(credentialsMode, "credentialsMode");
		method = normalizeMethod(method);
		headers = authorHeaders(headers);
	}

	/**
	 * A request with no author headers, credentials mode "{@code same-origin}" (the {@code fetch()}
	 * default) and no Private Network Access.
	 *
	 * @param origin the page's serialized origin
	 * @param method the method as the script wrote it
	 * @return the request
	 */
	public static BrowserRequest of(String origin, String method) {
		return new BrowserRequest(origin, method, List.of(), CredentialsMode.SAME_ORIGIN, false);
	}

	/**
	 * This request with one more author header, appended as {@code Headers.append()} does; a
	 * forbidden request-header is silently dropped, so the result then equals this request.
	 *
	 * @param name  the header name
	 * @param value the header value (normalized)
	 * @return a new request
	 */
	public BrowserRequest withHeader(String name, String value) {
		List<HeaderField> more = new ArrayList<>(headers);
		more.add(new HeaderField(name, value));
		return new BrowserRequest(origin, method, more, credentialsMode, privateNetworkAccess);
	}

	/**
	 * This request with another credentials mode.
	 *
	 * @param mode the credentials mode
	 * @return a new request
	 */
	public BrowserRequest withCredentials(CredentialsMode mode) {
		return new BrowserRequest(origin, method, headers, mode, privateNetworkAccess);
	}

	/**
	 * This request aimed at a more private address space (Chromium's Private Network Access).
	 *
	 * @return a new request
	 */
	public BrowserRequest withPrivateNetworkAccess() {
		return new BrowserRequest(origin, method, headers, credentialsMode, true);
	}

	private static String normalizeMethod(String method) {
		if (!HttpTokens.isToken(method)) {
			throw new IllegalArgumentException(
					"'" + method + "' is not a valid HTTP method (fetch() throws a TypeError)");
		}
		if (CorsSafelist.isForbiddenMethod(method)) {
			throw new IllegalArgumentException(
					"'" + method + "' is a forbidden method (fetch() throws a TypeError)");
		}
		String upper = AsciiCase.toUpperCase(method);
		return switch (upper) {
			case "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT" -> upper;
			default -> method;
		};
	}

	private static List<HeaderField> authorHeaders(List<HeaderField> headers) {
		List<HeaderField> kept = new ArrayList<>(headers.size());
		for (HeaderField header : headers) {
			Objects.requireNonNull(header, "header");
			String name = header.name();
			String value = HttpChars.trimHttpWhitespace(header.value());
			validateHeader(name, value);
			if (!CorsSafelist.isForbiddenRequestHeaderName(name)) {
				kept.add(value.equals(header.value()) ? header : new HeaderField(name, value));
			}
		}
		return List.copyOf(kept);
	}

	private static void validateHeader(String name, String value) {
		if (!HttpTokens.isToken(name)) {
			throw new IllegalArgumentException(
					"'" + name + "' is not a valid header name (fetch() throws a TypeError)");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0 || c == '\r' || c == '\n' || c > 0xFF) {
				throw new IllegalArgumentException("The value of header '" + name
						+ "' holds an invalid character U+" + String.format("%04X", (int) c)
						+ " (fetch() throws a TypeError)");
			}
		}
	}
}
