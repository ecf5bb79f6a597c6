package io.crossorigin.cors.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.AsciiCase;

/**
 * Fetch "HTTP-redirect fetch" for a "{@code cors}" request in redirect mode "{@code follow}": the
 * request the browser sends next, and where, or why it stops.
 *
 * @param location the URL to follow, when the redirect is followed
 * @param request the request to send there, when the redirect is followed
 * @param failure why the browser gives up (a network error), or null
 */
record FetchRedirect(@Nullable URI location, @Nullable BrowserRequest request, @Nullable String failure) {

	/** Fetch's redirect limit. */
	static final int MAX_REDIRECTS = 20;

	private static final List<String> REQUEST_BODY_HEADERS = List.of("content-type", "content-encoding",
			"content-language", "content-location");

	/**
	 * The redirect a response asks for, or null when it is not one (not 301, 302, 303, 307 or 308,
	 * or without a {@code Location}), in which case the response is the fetch's final one.
	 * @param response a response that passed the CORS check
	 * @param request the request it answers
	 * @param url the URL it was sent to
	 * @return the redirect, or null
	 */
	static @Nullable FetchRedirect of(BrowserResponse response, BrowserRequest request, URI url) {
		int status = response.status();
		String location = response.header("Location");
		if (!isRedirectStatus(status) || location == null) {
			return null;
		}
		URI target;
		try {
			target = url.resolve(new URI(HttpChars.trimHttpTabOrSpace(location)));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return failed("the redirect's Location '" + location + "' is not a URL");
		}
		String scheme = target.getScheme() == null ? "" : AsciiCase.toLowerCase(target.getScheme());
		if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
			return failed("the redirect's Location '" + location + "' is not an HTTP(S) URL");
		}
		if (target.getRawUserInfo() != null) {
			return failed("the redirect's Location '" + location + "' holds credentials, which a CORS request "
					+ "may not follow");
		}
		boolean crossOrigin = !BrowserCorsCheck.originOf(target).equals(BrowserCorsCheck.originOf(url));
		String origin = request.origin();
		if (crossOrigin && !origin.equals(BrowserCorsCheck.originOf(url))) {
			origin = "null"; // the tainted origin flag: from here on the browser sends Origin: null
		}
		String method = request.method();
		boolean toGet = ((status == 301 || status == 302) && method.equals("POST"))
				|| (status == 303 && !method.equals("GET") && !method.equals("HEAD"));
		List<HeaderField> headers = new ArrayList<>(request.headers().size());
		for (HeaderField header : request.headers()) {
			String name = AsciiCase.toLowerCase(header.name());
			boolean dropped = (toGet && REQUEST_BODY_HEADERS.contains(name))
					|| (crossOrigin && CorsSafelist.isCorsNonWildcardRequestHeaderName(name));
			if (!dropped) {
				headers.add(header);
			}
		}
		BrowserRequest next = new BrowserRequest(origin, toGet ? "GET" : method, headers, request.credentialsMode(),
				request.privateNetworkAccess());
		return new FetchRedirect(target, next, null);
	}

	/**
	 * The URL of a redirect without failure, which has one by construction.
	 * @return the location
	 */
	URI followedLocation() {
		return Objects.requireNonNull(this.location, "a redirect without failure has a location");
	}

	/**
	 * The request of a redirect without failure, which has one by construction.
	 * @return the request to send
	 */
	BrowserRequest followedRequest() {
		return Objects.requireNonNull(this.request, "a redirect without failure has a request");
	}

	private static boolean isRedirectStatus(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	private static FetchRedirect failed(String failure) {
		return new FetchRedirect(null, null, failure);
	}

}
