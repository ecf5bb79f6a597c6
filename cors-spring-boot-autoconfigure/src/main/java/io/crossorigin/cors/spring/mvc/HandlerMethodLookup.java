package io.crossorigin.cors.spring.mvc;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds, ahead of {@code DispatcherServlet}, the handler method a request will reach, so that
 * {@code @CrossOriginPolicy} selects the policy of a request decided before Spring Security. The
 * lookup writes its attributes to a private layer over the request (as Spring's
 * {@code HandlerMappingIntrospector} does), so the request reaches the dispatcher as it came.
 */
final class HandlerMethodLookup {

	private final ObjectProvider<RequestMappingHandlerMapping> provider;

	private volatile List<RequestMappingHandlerMapping> mappings;

	/**
	 * @param provider the annotated-controller mappings, resolved at the first lookup: the filter
	 * is created with the web server, before the mappings should be
	 */
	HandlerMethodLookup(ObjectProvider<RequestMappingHandlerMapping> provider) {
		this.provider = provider;
	}

	/**
	 * The handler method the request will reach, or null if none (or if the lookup fails, as for a
	 * method the path does not support: the path patterns then decide).
	 */
	HandlerMethod find(HttpServletRequest request, RequestPath path) {
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

	/**
	 * The handler method of a mapped handler. For a preflight Spring swaps the handler for its own;
	 * the method the actual request would reach stays in an attribute.
	 */
	static HandlerMethod handlerMethod(Object handler, HttpServletRequest request) {
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

		private final Map<String, Object> written = new HashMap<>();

		LookupRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.written.containsKey(name) ? this.written.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
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
