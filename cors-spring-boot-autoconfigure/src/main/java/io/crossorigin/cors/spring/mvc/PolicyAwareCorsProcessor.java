package io.crossorigin.cors.spring.mvc;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;

/**
 * Wraps one of Spring's own {@link CorsProcessor}s (which apply {@code @CrossOrigin},
 * {@code CorsRegistry} mappings, or the {@code CorsConfigurationSource} of Spring Security's
 * {@code CorsFilter}) so that it steps aside wherever a policy of this starter applies: one policy
 * answers each request, and the response never carries two sets of CORS headers.
 */
class PolicyAwareCorsProcessor implements CorsProcessor {

	private final CorsProcessor delegate;

	private final Predicate<HttpServletRequest> covered;

	private final BiConsumer<HttpServletRequest, HttpServletResponse> refused;

	/**
	 * @param delegate Spring's processor, for requests no policy covers
	 * @param covered whether a policy of this starter covers a request
	 */
	PolicyAwareCorsProcessor(CorsProcessor delegate, Predicate<HttpServletRequest> covered) {
		this(delegate, covered, (request, response) -> {
		});
	}

	/**
	 * @param delegate Spring's processor, for requests no policy covers
	 * @param covered whether a policy of this starter covers a request
	 * @param refused told of each request Spring's processor refuses, once it has answered
	 */
	PolicyAwareCorsProcessor(CorsProcessor delegate, Predicate<HttpServletRequest> covered,
			BiConsumer<HttpServletRequest, HttpServletResponse> refused) {
		this.delegate = delegate;
		this.covered = covered;
		this.refused = refused;
	}

	@Override
	public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (this.covered.test(request)) {
			return true;
		}
		boolean proceed = this.delegate.processRequest(configuration, request, response);
		if (!proceed) {
			this.refused.accept(request, response);
		}
		return proceed;
	}

}
