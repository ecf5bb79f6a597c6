package io.crossorigin.cors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.http.HeaderNameSet;
import io.crossorigin.cors.internal.http.HeaderNameSet.ListCheck;
import io.crossorigin.cors.internal.http.MethodSet;
import io.crossorigin.cors.internal.origin.OriginMatcher;
import io.crossorigin.cors.internal.origin.OriginMatcher.Match;

/**
 * What the engine matches a request against, compiled once from a policy's valid settings: origin
 * lookup tables, method and header-name sets, and every header value the engine writes, so that
 * deciding a request parses nothing of the configuration.
 */
final class CompiledCorsPolicy {

	private final OriginMatcher origins;

	/** Origins that change at runtime, each consulted after the fixed entries. */
	private final OriginSet[] originSets;

	private final boolean allowCredentials;

	private final boolean allowPrivateNetwork;

	private final boolean refusesDisallowedRequests;

	private final boolean anyMethod;

	private final MethodSet methods;

	private final boolean anyHeader;

	private final HeaderNameSet headers;

	private final String allowMethodsValue;

	private final String allowHeadersValue;

	private final @Nullable String exposeHeadersValue;

	private final String maxAgeValue;

	CompiledCorsPolicy(CorsPolicyValidator.ValidSettings settings) {
		this.origins = OriginMatcher.of(settings.origins());
		this.originSets = settings.originSets().toArray(new OriginSet[0]);
		this.allowCredentials = settings.allowCredentials();
		this.allowPrivateNetwork = settings.allowPrivateNetwork();
		this.refusesDisallowedRequests = settings.disallowedRequests() == DisallowedRequests.REFUSE;
		List<String> methods = settings.methods();
		this.anyMethod = methods.contains("*");
		Set<String> methodSet = new LinkedHashSet<>(methods);
		if (methodSet.contains("GET")) {
			methodSet.add("HEAD");
		}
		this.methods = MethodSet.of(methodSet);
		this.anyHeader = settings.headers().contains("*");
		this.headers = HeaderNameSet.of(settings.headers());
		this.allowMethodsValue = String.join(", ", methods);
		this.allowHeadersValue = String.join(", ", settings.headers());
		this.exposeHeadersValue = settings.exposedHeaders().isEmpty() ? null
				: String.join(", ", settings.exposedHeaders());
		this.maxAgeValue = Long.toString(settings.maxAge().getSeconds());
	}

	boolean allowsOrigin(String origin) {
		return this.origins.matches(origin) || (this.originSets.length > 0 && matchesAnySet(origin));
	}

	/**
	 * Looks the origin up, telling a refused origin from a malformed one in the same pass.
	 * @return what the lookup found; the origin sets are consulted only for a canonical origin
	 * the fixed entries refuse, since nothing else can match them
	 */
	Match matchOrigin(String origin) {
		Match match = this.origins.match(origin);
		return (match == Match.NOT_ALLOWED && this.originSets.length > 0 && matchesAnySet(origin)) ? Match.ALLOWED
				: match;
	}

	/** Kept out of {@link #allowsOrigin(String)}, so that the common case stays small enough to inline. */
	private boolean matchesAnySet(String origin) {
		for (OriginSet set : this.originSets) {
			if (set.matches(origin)) {
				return true;
			}
		}
		return false;
	}

	boolean allowsMethod(String method) {
		return this.anyMethod || this.methods.contains(method);
	}

	boolean allowsHeader(String name) {
		return this.anyHeader || this.headers.contains(name);
	}

	boolean allowsHeader(String value, int from, int to) {
		return this.anyHeader || this.headers.contains(value, from, to);
	}

	/** Checks the names of an {@code Access-Control-Request-Headers} value in one pass. */
	ListCheck checkHeaderNames(String list) {
		return this.headers.checkList(list, this.anyHeader);
	}

	boolean allowCredentials() {
		return this.allowCredentials;
	}

	/** Whether an actual request the policy does not allow is answered 403 rather than passed on. */
	boolean refusesDisallowedRequests() {
		return this.refusesDisallowedRequests;
	}

	boolean allowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	boolean allowsAnyOrigin() {
		return this.origins.allowsAnyOrigin();
	}

	/** An any-origin policy without credentials answers {@code *}, the same for every origin. */
	boolean sharesWithEveryone() {
		return this.origins.allowsAnyOrigin() && !this.allowCredentials;
	}

	boolean allowsAnyMethod() {
		return this.anyMethod;
	}

	boolean allowsAnyHeader() {
		return this.anyHeader;
	}

	String allowMethodsValue() {
		return this.allowMethodsValue;
	}

	String allowHeadersValue() {
		return this.allowHeadersValue;
	}

	@Nullable String exposeHeadersValue() {
		return this.exposeHeadersValue;
	}

	String maxAgeValue() {
		return this.maxAgeValue;
	}

}
