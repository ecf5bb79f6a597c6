package io.crossorigin.cors.spring.mvc;

import java.util.concurrent.atomic.AtomicReferenceArray;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.WebUtils;

/**
 * Parses the paths that select policies on a servlet stack, keeping the last few. Parsing a path
 * into the {@link RequestPath} that path patterns match is half of what deciding a refused origin
 * costs (JFR, {@code MvcPathBenchmark}); a {@code RequestPath} is immutable, and a page's calls
 * and their preflights come back to the same few paths, so a path seen again is not parsed again.
 *
 * <p>Direct-mapped and fixed in size, keyed by the exact request URI and context path: a stream of
 * distinct paths only replaces entries. Used only where {@link ServletRequestPathUtils#parse}
 * parses the request as {@code RequestPath.parse(requestURI, contextPath)}: an include, or a request
 * to a servlet mapped by path prefix, is handed to it every time; so are paths too long to keep.
 */
final class RequestPaths {

	private static final int SLOTS = 256;

	/** Longer paths are parsed every time, so that what is kept stays small whatever is sent. */
	private static final int LONGEST_KEPT = 256;

	private final AtomicReferenceArray<Entry> entries = new AtomicReferenceArray<>(SLOTS);

	/**
	 * The parsed path of a request, as {@link ServletRequestPathUtils#parse} parses it.
	 * @param request the request
	 * @return its path
	 */
	RequestPath parse(HttpServletRequest request) {
		if (!parsedFromUriAndContextPath(request)) {
			return ServletRequestPathUtils.parse(request);
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		if (uri.length() > LONGEST_KEPT) {
			return RequestPath.parse(uri, contextPath);
		}
		int hash = uri.hashCode();
		int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
		Entry entry = this.entries.get(slot);
		if (entry != null && entry.uri().equals(uri) && entry.contextPath().equals(contextPath)) {
			return entry.path();
		}
		RequestPath path = RequestPath.parse(uri, contextPath);
		this.entries.lazySet(slot, new Entry(uri, contextPath, path));
		return path;
	}

	/** Whether Spring parses the path from the request URI and context path alone (no include, no servlet prefix). */
	private static boolean parsedFromUriAndContextPath(HttpServletRequest request) {
		if (request.getAttribute(WebUtils.INCLUDE_REQUEST_URI_ATTRIBUTE) != null
				|| request.getAttribute(RequestDispatcher.INCLUDE_MAPPING) != null) {
			return false;
		}
		HttpServletMapping mapping = request.getHttpServletMapping();
		return mapping == null || mapping.getMappingMatch() != MappingMatch.PATH;
	}

	private record Entry(String uri, String contextPath, RequestPath path) {
	}

}
