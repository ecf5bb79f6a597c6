package io.crossorigin.cors.spring.mvc;

import java.util.concurrent.atomic.AtomicReferenceArray;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Parses the paths that select policies on a servlet stack, keeping the last few. Parsing a path
 * into the {@link RequestPath} that path patterns match is half of what deciding a refused origin
 * costs (JFR, {@code MvcPathBenchmark}); a {@code RequestPath} is immutable, and a page's calls
 * and their preflights come back to the same few paths, so a path seen again is not parsed again.
 *
 * <p>Direct-mapped and fixed in size, keyed by the exact request URI and context path. A URI is
 * kept the second time in a row its slot sees it: a stream of distinct paths (ids in paths) then
 * keeps nothing and allocates nothing more than parsing does, since keeping what is never asked
 * for again cost more than it saved (the entries outlive young collections; {@code MvcPathBenchmark}
 * with {@code paths=many}). What is kept is what {@link ServletRequestPathUtils#parse}
 * parsed, which depends on the URI, the context path and the servlet the container maps the URI
 * to (the same servlet for the same URI, every time) on the request and error dispatches the
 * filter sees; an include, whose path comes from request attributes, is parsed every time, and so
 * are paths too long to keep.
 */
final class RequestPaths {

	private static final int SLOTS = 256;

	/** Longer paths are parsed every time, so that what is kept stays small whatever is sent. */
	private static final int LONGEST_KEPT = 256;

	private final AtomicReferenceArray<Entry> entries = new AtomicReferenceArray<>(SLOTS);

	/**
	 * The hash of the URI each slot last parsed without keeping it. Read and written without
	 * synchronisation: a lost or stale value only delays or skips keeping a path.
	 */
	private final int[] lastParsed = new int[SLOTS];

	/**
	 * The parsed path of a request, as {@link ServletRequestPathUtils#parse} parses it.
	 * @param request the request
	 * @return its path
	 */
	RequestPath parse(HttpServletRequest request) {
		DispatcherType dispatch = request.getDispatcherType();
		String uri = request.getRequestURI();
		if ((dispatch != DispatcherType.REQUEST && dispatch != DispatcherType.ERROR) || uri.length() > LONGEST_KEPT) {
			return ServletRequestPathUtils.parse(request);
		}
		String contextPath = request.getContextPath();
		int hash = uri.hashCode();
		int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
		Entry entry = this.entries.get(slot);
		if (entry != null && entry.hash() == hash && entry.uri().equals(uri) && entry.contextPath().equals(contextPath)) {
			return entry.path();
		}
		RequestPath path = ServletRequestPathUtils.parse(request);
		if (this.lastParsed[slot] == hash) {
			this.entries.lazySet(slot, new Entry(hash, uri, contextPath, path));
		}
		else {
			this.lastParsed[slot] = hash;
		}
		return path;
	}

	private record Entry(int hash, String uri, String contextPath, RequestPath path) {
	}

}
