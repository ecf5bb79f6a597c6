package io.crossorigin.cors.spring;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the annotated-controller method a request reaches, so that {@link CrossOriginPolicy}
 * selects its policy. One implementation per stack does every lookup on that stack: the adapter's
 * ahead of the dispatcher, by the request itself (all of Spring's matching conditions), and the
 * {@code cors} endpoint's, by method and path alone ({@link #find(String, PathContainer)}).
 */
@FunctionalInterface
public interface HandlerMethodLookup {

	/** Finds no handler: the path alone chooses the policy. */
	HandlerMethodLookup NONE = (method, path) -> null;

	/**
	 * The handler method a request with this method and path would reach, considering its mapping's
	 * path patterns and methods only (not its conditions on headers, parameters and media types).
	 * @param method the request method
	 * @param path the path within the application
	 * @return the handler method with the most specific matching pattern, or null
	 */
	@Nullable HandlerMethod find(String method, PathContainer path);

	/**
	 * The handler whose pattern matches a path most specifically, among those whose methods admit
	 * the request's: what each stack's {@link #find(String, PathContainer)} does with its mappings.
	 * @param candidates the mapped handler methods
	 * @param method the request method
	 * @param path the path within the application
	 * @return the handler, or null
	 */
	static @Nullable HandlerMethod mostSpecific(Stream<Candidate> candidates, String method, PathContainer path) {
		record Match(PathPattern pattern, HandlerMethod handler) {
		}
		return candidates.filter((candidate) -> methodMatches(candidate.methods(), method))
			.flatMap((candidate) -> candidate.patterns()
				.stream()
				.filter((pattern) -> pattern.matches(path))
				.map((pattern) -> new Match(pattern, candidate.handler())))
			.min(Comparator.comparing(Match::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.map(Match::handler)
			.orElse(null);
	}

	/**
	 * Whether a mapping's methods admit a request method: any when it names none; HEAD where GET is.
	 * @param methods the mapping's methods
	 * @param method the request method
	 * @return true if admitted
	 */
	static boolean methodMatches(Set<RequestMethod> methods, String method) {
		if (methods.isEmpty()) {
			return true;
		}
		RequestMethod requested = RequestMethod.resolve(method);
		return requested != null && (methods.contains(requested)
				|| (requested == RequestMethod.HEAD && methods.contains(RequestMethod.GET)));
	}

	/**
	 * A mapped handler method: its path patterns and request methods.
	 *
	 * @param patterns the mapping's path patterns
	 * @param methods the mapping's request methods, empty for any
	 * @param handler the handler method
	 */
	record Candidate(Set<PathPattern> patterns, Set<RequestMethod> methods, HandlerMethod handler) {
	}

}
