package io.crossorigin.cors.spring.actuate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.PolicyMode;
import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserFetch.FetchOutcome;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.spring.CorsConfigurationProblem;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsPolicySet;
import io.crossorigin.cors.spring.HandlerMethodLookup;
import io.crossorigin.cors.spring.NamedCorsPolicy;
import io.crossorigin.cors.spring.ReportOnlyFindings;
import io.crossorigin.cors.spring.SpringCorsReport;

/**
 * The actuator endpoint {@code cors}: {@code GET /actuator/cors} lists every policy in force (its
 * settings, path patterns, where it was defined and when it was loaded);
 * {@code GET /actuator/cors/explain?method=PUT&path=/api/orders/7&origin=https://app.example.com&headers=Content-Type: application/json&credentials=true}
 * tells what a browser's {@code fetch()} would meet: the policy chosen, the preflight the browser
 * sends (if any) and the actual request, each with the engine's decision, its reason and the exact
 * response headers, and whether the page could then read the response. With
 * {@code &websocket=true} it tells whether a page at {@code origin} could open a WebSocket to
 * {@code path}: the handshake's decision and why, since browsers apply no CORS to WebSocket.
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	private final CorsPolicyRegistry registry;

	private final CorsPolicySelector selector;

	private final CorsEngine engine;

	private final HandlerMethodLookup handlers;

	private final ReportOnlyFindings findings;

	private final @Nullable SpringCorsReport springCors;

	/**
	 * Creates the endpoint.
	 * @param registry the policies in force
	 * @param selector picks a request's policy
	 * @param engine decides requests
	 * @param handlers finds the handler method a request maps to, for annotated handlers
	 * @param findings what each report-only policy would have changed
	 * @param springCors the application's own Spring CORS configurations, if they were looked for
	 */
	public CorsEndpoint(CorsPolicyRegistry registry, CorsPolicySelector selector, CorsEngine engine,
			HandlerMethodLookup handlers, ReportOnlyFindings findings, @Nullable SpringCorsReport springCors) {
		this.registry = registry;
		this.selector = selector;
		this.engine = engine;
		this.handlers = handlers;
		this.findings = findings;
		this.springCors = springCors;
	}

	/**
	 * Every policy in force.
	 * @return the policies
	 */
	@ReadOperation
	public PoliciesDescriptor policies() {
		CorsPolicySet set = this.registry.current();
		List<PolicyDescriptor> named = set.policies()
			.values()
			.stream()
			.map((policy) -> PolicyDescriptor.of(policy, set.pathPatterns(policy.name()),
					(policy.policy().mode() == PolicyMode.REPORT_ONLY) ? this.findings.report(policy.name()) : null))
			.toList();
		List<AnnotatedHandler> annotated = set.annotatedElements()
			.entrySet()
			.stream()
			.map((entry) -> new AnnotatedHandler(entry.getKey(), entry.getValue().name(),
					(set.policy(entry.getValue().name()) != entry.getValue())
							? PolicyDescriptor.of(entry.getValue(), List.of(), null) : null))
			.toList();
		SpringCorsReport springCors = this.springCors;
		return new PoliciesDescriptor(set.loadedAt(), named, annotated, set.warnings(),
				(springCors != null) ? springCors.findings() : List.of());
	}

	/**
	 * What a browser's {@code fetch()} would meet.
	 * @param operation {@code explain}
	 * @param method the request's method
	 * @param path the request's path within the application
	 * @param origin the page's origin; without it the request is not a CORS request
	 * @param headers the headers the script sets, comma-separated, each {@code Name} or
	 * {@code Name: value}
	 * @param credentials whether the script asks for credentials ({@code credentials: "include"});
	 * for a WebSocket, whether the browser holds cookies for the server, which it then sends
	 * @param websocket whether the page opens a WebSocket ({@code new WebSocket(url)}): the request
	 * is then the handshake, a {@code GET} with {@code Upgrade: websocket}, whatever {@code method} says
	 * @return the {@link Explanation}; 400 with an {@link ExplainError} naming each missing parameter;
	 * 404 if the operation is not {@code explain}
	 */
	@ReadOperation
	public WebEndpointResponse<Object> explain(@Selector String operation, @Nullable String method,
			@Nullable String path, @Nullable String origin, @Nullable String headers, @Nullable Boolean credentials,
			@Nullable Boolean websocket) {
		if (!"explain".equals(operation)) {
			return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
		}
		List<String> missing = new ArrayList<>();
		if (method == null && !Boolean.TRUE.equals(websocket)) {
			missing.add("method");
		}
		if (path == null) {
			missing.add("path");
		}
		if (!missing.isEmpty() || path == null) {
			return new WebEndpointResponse<>(new ExplainError("missing parameter" + ((missing.size() > 1) ? "s" : "")
					+ ": " + String.join(", ", missing),
					"/actuator/cors/explain?method=GET&path=/api/orders&origin=https://app.example.com"
							+ " (optional: headers=X-Request-Id, credentials=true, websocket=true)"),
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		return new WebEndpointResponse<>(explain(method, path, origin, headers, credentials, websocket));
	}

	private Explanation explain(@Nullable String method, String path, @Nullable String origin, @Nullable String headers,
			@Nullable Boolean credentials, @Nullable Boolean websocket) {
		boolean handshake = Boolean.TRUE.equals(websocket);
		String requestMethod = (handshake || method == null) ? "GET" : method.toUpperCase(Locale.ROOT);
		PathContainer pathContainer = PathContainer.parsePath(path);
		HandlerMethod handler = this.handlers.find(requestMethod, pathContainer);
		NamedCorsPolicy policy = this.selector.select(handler, pathContainer);
		if (handshake) {
			return explainHandshake(path, origin, ServerAnswers.headerFields(headers), Boolean.TRUE.equals(credentials),
					policy, handler);
		}
		Exchange preflight = null;
		Exchange actual;
		FetchOutcome outcome = null;
		List<HeaderField> fields = ServerAnswers.headerFields(headers);
		if (origin != null) {
			BrowserRequest request = new BrowserRequest(origin, requestMethod, fields,
					Boolean.TRUE.equals(credentials) ? CredentialsMode.INCLUDE : CredentialsMode.OMIT, false);
			List<Exchange> exchanges = new ArrayList<>();
			outcome = BrowserFetch.fetch(request, (sentMethod, sent) -> {
				Exchange exchange = ServerAnswers.answer(this.engine, policy, sentMethod, sent);
				exchanges.add(exchange);
				// the handler's status is not known here; CORS readability does not depend on it
				return new BrowserResponse((exchange.status() != null) ? exchange.status() : 200,
						exchange.responseHeaders()
					.entrySet()
					.stream()
					.map((entry) -> new HeaderField(entry.getKey(), entry.getValue()))
					.toList());
			});
			preflight = outcome.preflighted() ? exchanges.get(0) : null;
			actual = (exchanges.size() > (outcome.preflighted() ? 1 : 0)) ? exchanges.get(exchanges.size() - 1) : null;
		}
		else {
			actual = ServerAnswers.answer(this.engine, policy, requestMethod, fields);
		}
		return new Explanation(requestMethod, path, origin, fields.stream().map(HeaderField::name).toList(),
				Boolean.TRUE.equals(credentials), (policy != null) ? policy.name() : null,
				(policy != null) ? policy.source() : null,
				(handler != null) ? handler.getShortLogMessage() : null, preflight, actual,
				(outcome != null) ? new BrowserVerdict(outcome.readable(), outcome.failure(), outcome.readableHeaderNames())
						: null,
				null);
	}

	/** A WebSocket handshake: no preflight and no readability, only whether the upgrade goes on. */
	private Explanation explainHandshake(String path, @Nullable String origin, List<HeaderField> fields,
			boolean credentials, @Nullable NamedCorsPolicy policy, @Nullable HandlerMethod handler) {
		List<HeaderField> sent = new ArrayList<>(fields);
		sent.add(new HeaderField("Upgrade", "websocket"));
		sent.add(new HeaderField("Connection", "Upgrade"));
		if (origin != null) {
			sent.add(new HeaderField("Origin", origin));
		}
		if (credentials) {
			// the browser attaches the cookies it holds for the server; their value is not the question
			sent.add(new HeaderField("Cookie", "(the browser's cookies)"));
		}
		Exchange exchange = ServerAnswers.answer(this.engine, policy, "GET", sent);
		HandshakeVerdict verdict = (policy == null) ? new HandshakeVerdict(null,
				"no policy covers the path: the endpoint's own origin check decides (Spring MVC: same origin only, "
						+ "unless setAllowedOrigins or setAllowedOriginPatterns says otherwise; Spring WebFlux: none)")
				: (exchange.status() == null) ? new HandshakeVerdict(true, "upgrade allowed: " + exchange.reason())
						: new HandshakeVerdict(false, "upgrade refused with 403: " + exchange.reason());
		return new Explanation("GET", path, origin, fields.stream().map(HeaderField::name).toList(), credentials,
				(policy != null) ? policy.name() : null, (policy != null) ? policy.source() : null,
				(handler != null) ? handler.getShortLogMessage() : null, null, exchange, null, verdict);
	}

	/**
	 * Every policy in force.
	 *
	 * @param loadedAt when the policies were loaded (at startup, or by the last reload)
	 * @param policies the named policies, in the order they were defined
	 * @param annotationPolicies every class and method carrying {@code @CrossOriginPolicy}, with
	 * the policy it selects
	 * @param warnings settings that are valid but probably not meant
	 * @param springCors the application's own Spring CORS configurations ({@code @CrossOrigin},
	 * {@code CorsRegistry} mappings, {@code CorsConfigurationSource} beans, Gateway's
	 * {@code globalcors}), each with the policy that shadows it and its translation into
	 * {@code cors.policies} YAML
	 */
	public record PoliciesDescriptor(Instant loadedAt, List<PolicyDescriptor> policies,
			List<AnnotatedHandler> annotationPolicies, List<CorsConfigurationProblem> warnings,
			List<SpringCorsReport.Finding> springCors) implements OperationResponseBody {
	}

	/**
	 * A class or method carrying {@code @CrossOriginPolicy}.
	 *
	 * @param element the method ({@code OrdersController.list()}) or the class
	 * @param policy the name of the policy it selects
	 * @param derived the policy its annotation derives by overriding settings of the named one, or
	 * null if it selects the named policy as it is
	 */
	public record AnnotatedHandler(String element, String policy, @Nullable PolicyDescriptor derived) {
	}

	/**
	 * Why an explain call could not be answered.
	 *
	 * @param error what is wrong with the call
	 * @param example a complete call
	 */
	public record ExplainError(String error, String example) implements OperationResponseBody {
	}

	/**
	 * One policy.
	 *
	 * @param name its name
	 * @param source where it was defined
	 * @param pathPatterns the path patterns that select it
	 * @param allowedOrigins its fixed origins
	 * @param dynamicOrigins how many origins its {@code OriginSet}s ({@code bean:name} entries) hold now
	 * @param allowedMethods its methods
	 * @param allowedHeaders its request headers
	 * @param exposedHeaders the response headers it exposes
	 * @param allowCredentials whether it allows credentials
	 * @param maxAgeSeconds how long browsers may cache a preflight
	 * @param allowPrivateNetwork whether it allows Private Network Access
	 * @param allowInsecureOrigins whether it allows insecure origins with credentials
	 * @param disallowedRequests {@code pass} or {@code refuse}
	 * @param mode {@code enforce} or {@code report-only}
	 * @param reportOnly for a report-only policy, what it would have changed since startup
	 */
	public record PolicyDescriptor(String name, String source, List<String> pathPatterns, List<String> allowedOrigins,
			int dynamicOrigins, List<String> allowedMethods, List<String> allowedHeaders, List<String> exposedHeaders,
			boolean allowCredentials, long maxAgeSeconds, boolean allowPrivateNetwork, boolean allowInsecureOrigins,
			String disallowedRequests, String mode, ReportOnlyFindings.@Nullable Report reportOnly) {

		static PolicyDescriptor of(NamedCorsPolicy named, List<String> pathPatterns,
				ReportOnlyFindings.@Nullable Report reportOnly) {
			CorsPolicy policy = named.policy();
			return new PolicyDescriptor(named.name(), named.source(), pathPatterns, policy.allowedOrigins(),
					policy.allowedOriginSets().stream().mapToInt(OriginSet::size).sum(), policy.allowedMethods(),
					policy.allowedHeaders(), policy.exposedHeaders(), policy.allowCredentials(), policy.maxAge().toSeconds(),
					policy.allowPrivateNetwork(), policy.allowInsecureOrigins(),
					policy.disallowedRequests().name().toLowerCase(Locale.ROOT),
					policy.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), reportOnly);
		}

	}

	/**
	 * What a browser's {@code fetch()} would meet.
	 *
	 * @param method the request's method
	 * @param path its path
	 * @param origin the page's origin, if any
	 * @param headers the names of the headers the script sets
	 * @param credentials whether it asks for credentials
	 * @param policy the policy chosen, or null if none applies
	 * @param policySource where that policy was defined
	 * @param handler the handler method the request maps to, if one was found
	 * @param preflight the preflight the browser sends first, if it sends one
	 * @param actual the actual request, unless a failed preflight stops the browser before it
	 * @param browser what the page gets, for a request with an origin (not for a WebSocket)
	 * @param websocket whether the WebSocket opens, for a handshake
	 */
	public record Explanation(String method, String path, @Nullable String origin, List<String> headers,
			boolean credentials, @Nullable String policy, @Nullable String policySource, @Nullable String handler,
			@Nullable Exchange preflight, @Nullable Exchange actual, @Nullable BrowserVerdict browser,
			@Nullable HandshakeVerdict websocket) implements OperationResponseBody {
	}

	/**
	 * Whether a page's {@code new WebSocket(url)} opens: browsers apply no CORS to it, so the
	 * server's answer to the handshake is all there is.
	 *
	 * @param opens true if the upgrade goes on (101), false if it is refused (403), null if no policy
	 * covers the path and the endpoint's own check decides
	 * @param because why
	 */
	public record HandshakeVerdict(@Nullable Boolean opens, String because) {
	}

	/**
	 * One request and the server's answer as far as CORS goes.
	 *
	 * @param method the method the browser sends
	 * @param requestHeaders the CORS-relevant headers it sends
	 * @param decision the engine's decision ({@code PREFLIGHT_ACCEPTED}, {@code ACTUAL_DENIED}...),
	 * or null when no policy applies
	 * @param reason why
	 * @param status the status the starter answers with (a preflight, a refused handshake, a request
	 * refused under {@code disallowed-requests: refuse}), or null where the application answers
	 * @param statusNote who answers, where the status is null: never an invented status
	 * @param responseHeaders the CORS headers written, exactly
	 */
	public record Exchange(String method, Map<String, String> requestHeaders, @Nullable String decision, String reason,
			@Nullable Integer status, @Nullable String statusNote, Map<String, String> responseHeaders) {
	}

	/**
	 * What the page gets, judged by the browser model of {@code cors-core}.
	 *
	 * @param readable whether the page can read the response
	 * @param failure why not, when not
	 * @param readableHeaders the response headers the page can read
	 */
	public record BrowserVerdict(boolean readable, @Nullable String failure, Set<String> readableHeaders) {
	}

}
