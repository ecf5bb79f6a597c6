package io.crossorigin.cors.spring.mvc;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.crossorigin.cors.spring.HandlerMethodLookup;

/**
 * Every handler lookup of a servlet application, in one place: ahead of {@code DispatcherServlet},
 * the handler method a request will reach, so that {@code @CrossOriginPolicy} selects the policy of
 * a request decided before Spring Security (the lookup writes its attributes to a private layer
 * over the request, as Spring's {@code HandlerMappingIntrospector} does, so the request reaches the
 * dispatcher as it came); and for the {@code cors} endpoint, the handler of a method and path.
 */
public final class ServletHandlerMethodLookup implements HandlerMethodLookup {

	private final ObjectProvider<RequestMappingHandlerMapping> provider;

	private volatile @Nullable List<RequestMappingHandlerMapping> mappings;

	/**
	 * Creates the lookup.
	 * @param provider the annotated-controller mappings, resolved at the first lookup: the filter
	 * is created with the web server, before the mappings should be
	 */
	public ServletHandlerMethodLookup(ObjectProvider<RequestMappingHandlerMapping> provider) {
		this.provider = provider;
	}

	/**
	 * The handler method the request will reach.
	 * @param request the request
	 * @param path its parsed path
	 * @return the handler method, or null if none (or if the lookup fails, as for a method the path
	 * does not support: the path patterns then decide)
	 */
	public @Nullable HandlerMethod find(HttpServletRequest request, RequestPath path) {
		LookupRequest lookup = new LookupRequest(request);
		ServletRequestPathUtils.setParsedRequestPath(path, lookup);
		for (RequestMappingHandlerMapping mapping : mappings()) {
			HandlerExecutionChain chain;
			try {
				chain = mapping.getHandler(lookup);
			}
			catch (Exception ex) {
				continue;
			}
			if (chain != null) {
				return handlerMethod(chain.getHandler(), lookup);
			}
		}
		return null;
	}

	@Override
	public @Nullable HandlerMethod find(String method, PathContainer path) {
		return HandlerMethodLookup.mostSpecific(mappings().stream()
			.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
			.filter((entry) -> entry.getKey().getPathPatternsCondition() != null)
			.map((entry) -> new Candidate(entry.getKey().getPathPatternsCondition().getPatterns(),
					entry.getKey().getMethodsCondition().getMethods(), entry.getValue())), method, path);
	}

	/**
	 * The handler method of a mapped handler. For a preflight Spring swaps the handler for its own;
	 * the method the actual request would reach stays in an attribute.
	 */
	static @Nullable HandlerMethod handlerMethod(@Nullable Object handler, HttpServletRequest request) {
		if (handler instanceof HandlerMethod handlerMethod) {
			return handlerMethod;
		}
		Object best = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		return (best instanceof HandlerMethod handlerMethod) ? handlerMethod : null;
	}

	private List<RequestMappingHandlerMapping> mappings() {
		List<RequestMappingHandlerMapping> mappings = this.mappings;
		if (mappings == null) {
			mappings = this.provider.orderedStream().toList();
			this.mappings = mappings;
		}
		return mappings;
	}

	/** Reads through to the request; keeps what the lookup writes (or removes) to itself. */
	private static final class LookupRequest extends HttpServletRequestWrapper {

		private final Map<String, @Nullable Object> written = new HashMap<>();

		LookupRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return this.written.containsKey(name) ? this.written.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			this.written.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.written.put(name, null);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			this.written.forEach((name, value) -> {
				if (value != null) {
					names.add(name);
				}
				else {
					names.remove(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
