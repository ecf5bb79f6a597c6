package io.crossorigin.cors.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;

/**
 * The tables of the Fetch standard that decide what a browser lets through without a CORS
 * preflight, what scripts may never set, and what they may always read.
 *
 * <p>Names are compared byte-case-insensitively (ASCII only). Values are byte sequences in Fetch;
 * here each char is taken as one byte (ISO-8859-1), and a char above U+00FF is never safe.
 */
public final class CorsSafelist {

	/** Fetch: a CORS-safelisted request-header's value is at most this many bytes. */
	public static final int MAX_SAFELISTED_VALUE_LENGTH = 128;

	/** Fetch: above this total of safelisted value lengths, all of them become CORS-unsafe. */
	public static final int MAX_SAFELISTED_VALUES_TOTAL = 1024;

	private static final Set<String> SAFELISTED_RESPONSE_HEADER_NAMES = Set.of(
			"cache-control", "content-language", "content-length", "content-type", "expires",
			"last-modified", "pragma");

	private static final Set<String> FORBIDDEN_REQUEST_HEADER_NAMES = Set.of(
			"accept-charset", "accept-encoding", "access-control-request-headers",
			"access-control-request-method", "connection", "content-length", "cookie", "cookie2",
			"date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	private static final Set<String> SAFELISTED_CONTENT_TYPE_ESSENCES = Set.of(
			"application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

	private CorsSafelist() {
	}

	/**
	 * Fetch "CORS-safelisted method": {@code GET}, {@code HEAD} or {@code POST}, compared
	 * byte-case-sensitively (so pass a normalized method: {@code "post"} is not safelisted).
	 *
	 * @param method a method, already normalized
	 * @return whether a request with this method may go without a CORS preflight
	 */
	public static boolean isCorsSafelistedMethod(String method) {
		Objects.requireNonNull(method, "method");
		return method.equals("GET") || method.equals("HEAD") || method.equals("POST");
	}

	/**
	 * Fetch "CORS-safelisted request-header": whether the header (name, value) may be sent
	 * cross-origin without a CORS preflight.
	 *
	 * <p>The value must be at most 128 bytes, and by byte-lowercased name:
	 * <ul>
	 * <li>{@code accept}: no CORS-unsafe request-header byte;</li>
	 * <li>{@code accept-language}, {@code content-language}: only {@code 0-9 A-Z a-z}, space and
	 * {@code * , - . ; =};</li>
	 * <li>{@code content-type}: no CORS-unsafe request-header byte, parses as a MIME type (MIME
	 * Sniffing "parse a MIME type") whose essence is {@code application/x-www-form-urlencoded},
	 * {@code multipart/form-data} or {@code text/plain}; parameters do not matter;</li>
	 * <li>{@code range}: a single range {@code bytes=start-[end]} without whitespace ("parse a single
	 * range header value" with allowWhitespace false) with a start, and start &le; end;</li>
	 * <li>any other name: not safelisted.</li>
	 * </ul>
	 * A CORS-unsafe request-header byte is a byte below 0x20 other than tab, or one of
	 * {@code " ( ) : < > ? @ [ \ ] { }} and DEL.
	 *
	 * @param name  the header name, in any case
	 * @param value the header value
	 * @return whether the header is a CORS-safelisted request-header
	 */
	public static boolean isCorsSafelistedRequestHeader(String name, String value) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
		if (value.length() > MAX_SAFELISTED_VALUE_LENGTH) {
			return false;
		}
		return switch (AsciiCase.toLowerCase(name)) {
			case "accept" -> !containsCorsUnsafeRequestHeaderByte(value);
			case "accept-language", "content-language" -> isLanguageValue(value);
			case "content-type" -> !containsCorsUnsafeRequestHeaderByte(value)
					&& isSafelistedContentTypeEssence(SafelistedValues.mimeTypeEssence(value));
			case "range" -> SafelistedValues.isSafelistedRange(value);
			default -> false;
		};
	}

	/**
	 * Fetch "CORS-unsafe request-header names": the names of the headers that are not
	 * CORS-safelisted request-headers; and when the values of the safelisted ones add up to more
	 * than 1024 bytes, their names too. Returned as Fetch's "sorted-lowercase set".
	 *
	 * @param headers a request's header list
	 * @return the byte-lowercased, de-duplicated names in ascending byte order (immutable)
	 */
	public static List<String> corsUnsafeRequestHeaderNames(List<HeaderField> headers) {
		Objects.requireNonNull(headers, "headers");
		List<String> unsafeNames = new ArrayList<>();
		List<String> potentiallyUnsafeNames = new ArrayList<>();
		long safelistValueSize = 0;
		for (HeaderField header : headers) {
			if (isCorsSafelistedRequestHeader(header.name(), header.value())) {
				potentiallyUnsafeNames.add(header.name());
				safelistValueSize += header.value().length();
			} else {
				unsafeNames.add(header.name());
			}
		}
		if (safelistValueSize > MAX_SAFELISTED_VALUES_TOTAL) {
			unsafeNames.addAll(potentiallyUnsafeNames);
		}
		TreeSet<String> sortedLowercase = new TreeSet<>();
		for (String name : unsafeNames) {
			sortedLowercase.add(AsciiCase.toLowerCase(name));
		}
		return List.copyOf(sortedLowercase);
	}

	/**
	 * Fetch "CORS-safelisted response-header name" (without an exposed list): {@code Cache-Control},
	 * {@code Content-Language}, {@code Content-Length}, {@code Content-Type}, {@code Expires},
	 * {@code Last-Modified} or {@code Pragma}, in any case. Scripts may always read these.
	 *
	 * @param name a header name
	 * @return whether the name is CORS-safelisted for responses
	 */
	public static boolean isCorsSafelistedResponseHeaderName(String name) {
		Objects.requireNonNull(name, "name");
		return SAFELISTED_RESPONSE_HEADER_NAMES.contains(AsciiCase.toLowerCase(name));
	}

	/**
	 * Fetch "CORS non-wildcard request-header name": {@code Authorization}, in any case. A
	 * {@code *} in {@code Access-Control-Allow-Headers} never covers it.
	 *
	 * @param name a header name
	 * @return whether the name must be listed explicitly to be allowed
	 */
	public static boolean isCorsNonWildcardRequestHeaderName(String name) {
		Objects.requireNonNull(name, "name");
		return AsciiCase.equalsIgnoreCase(name, "authorization");
	}

	/**
	 * Fetch "forbidden request-header", by name only: {@code Accept-Charset},
	 * {@code Accept-Encoding}, {@code Access-Control-Request-Headers},
	 * {@code Access-Control-Request-Method}, {@code Connection}, {@code Content-Length},
	 * {@code Cookie}, {@code Cookie2}, {@code Date}, {@code DNT}, {@code Expect}, {@code Host},
	 * {@code Keep-Alive}, {@code Origin}, {@code Referer}, {@code Set-Cookie}, {@code TE},
	 * {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade}, {@code Via}, and any name
	 * starting with {@code proxy-} or {@code sec-}, all in any case. Browsers silently drop these
	 * when a script sets them.
	 *
	 * <p>Not modelled: Fetch also forbids {@code X-HTTP-Method}, {@code X-HTTP-Method-Override} and
	 * {@code X-Method-Override} when their value names a forbidden method; this name-only check
	 * never forbids them.
	 *
	 * @param name a header name
	 * @return whether a script may not set a header with this name
	 */
	public static boolean isForbiddenRequestHeaderName(String name) {
		Objects.requireNonNull(name, "name");
		String lower = AsciiCase.toLowerCase(name);
		return FORBIDDEN_REQUEST_HEADER_NAMES.contains(lower)
				|| lower.startsWith("proxy-")
				|| lower.startsWith("sec-");
	}

	/**
	 * Fetch "forbidden method": {@code CONNECT}, {@code TRACE} or {@code TRACK}, in any case.
	 * {@code fetch()} throws a {@code TypeError} for these.
	 *
	 * @param method a method
	 * @return whether a script may not use this method
	 */
	public static boolean isForbiddenMethod(String method) {
		Objects.requireNonNull(method, "method");
		return AsciiCase.equalsIgnoreCase(method, "CONNECT")
				|| AsciiCase.equalsIgnoreCase(method, "TRACE")
				|| AsciiCase.equalsIgnoreCase(method, "TRACK");
	}

	/**
	 * Fetch "forbidden response-header name": {@code Set-Cookie} or {@code Set-Cookie2}, in any
	 * case. Scripts can never read these, whatever {@code Access-Control-Expose-Headers} says.
	 *
	 * @param name a header name
	 * @return whether the name is never exposed to scripts
	 */
	public static boolean isForbiddenResponseHeaderName(String name) {
		Objects.requireNonNull(name, "name");
		return AsciiCase.equalsIgnoreCase(name, "set-cookie")
				|| AsciiCase.equalsIgnoreCase(name, "set-cookie2");
	}

	/** Fetch "CORS-unsafe request-header byte"; a char above U+00FF is not a byte, so unsafe too. */
	private static boolean isCorsUnsafeRequestHeaderByte(char c) {
		if (c < 0x20) {
			return c != '\t';
		}
		return switch (c) {
			case '"', '(', ')', ':', '<', '>', '?', '@', '[', '\\', ']', '{', '}', 0x7F -> true;
			default -> c > 0xFF;
		};
	}

	private static boolean containsCorsUnsafeRequestHeaderByte(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (isCorsUnsafeRequestHeaderByte(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLanguageValue(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
					|| c == ' ' || c == '*' || c == ',' || c == '-' || c == '.' || c == ';' || c == '=';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSafelistedContentTypeEssence(@Nullable String essence) {
		return essence != null && SAFELISTED_CONTENT_TYPE_ESSENCES.contains(essence);
	}

}
