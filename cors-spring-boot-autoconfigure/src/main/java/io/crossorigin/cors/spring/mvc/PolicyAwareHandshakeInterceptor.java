package io.crossorigin.cors.spring.mvc;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;

import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsDecisionEvent;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;

/**
 * Stands in for Spring's {@link OriginHandshakeInterceptor} on a WebSocket endpoint (plain, STOMP,
 * or SockJS's websocket transport): where a policy covers the handshake's path, the policy decided
 * it, and Spring's origin check steps aside; where none does, Spring's check runs as configured.
 *
 * <p>{@link CorsPolicyFilter} decides handshakes ahead of Spring Security, and a refused one never
 * reaches this interceptor. A handshake that did not pass the filter (a {@code MockMvc} built
 * without filters) is decided here, through the same {@link CorsPolicyEnforcer}.
 */
public class PolicyAwareHandshakeInterceptor implements HandshakeInterceptor {

	private final HandshakeInterceptor springOriginCheck;

	private final CorsPolicyEnforcer enforcer;

	private final RequestPaths paths = new RequestPaths();

	/**
	 * Creates an interceptor.
	 * @param springOriginCheck Spring's origin check, for handshakes no policy covers
	 * @param enforcer the enforcement step
	 */
	public PolicyAwareHandshakeInterceptor(HandshakeInterceptor springOriginCheck, CorsPolicyEnforcer enforcer) {
		this.springOriginCheck = springOriginCheck;
		this.enforcer = enforcer;
	}

	/**
	 * Spring's origin check this interceptor stands in for.
	 * @return the check
	 */
	public HandshakeInterceptor springOriginCheck() {
		return this.springOriginCheck;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
			Map<String, Object> attributes) throws Exception {
		AppliedCorsPolicy applied = applied(request, response);
		if (!(applied instanceof CorsDecisionEvent decided) || decided.isReportOnly()) {
			// no policy, or one that only reports: Spring's own check decides, as without the starter
			return this.springOriginCheck.beforeHandshake(request, response, wsHandler, attributes);
		}
		if (decided.answersItself()) {
			response.setStatusCode(HttpStatus.valueOf(decided.status()));
			return false;
		}
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
			@Nullable Exception exception) {
		this.springOriginCheck.afterHandshake(request, response, wsHandler, exception);
	}

	/** What the filter applied, or, where it did not run, what the enforcement step applies now. */
	private @Nullable AppliedCorsPolicy applied(ServerHttpRequest request, ServerHttpResponse response) {
		if (!(request instanceof ServletServerHttpRequest servletRequest)
				|| !(response instanceof ServletServerHttpResponse servletResponse)) {
			return null;
		}
		HttpServletRequest httpRequest = servletRequest.getServletRequest();
		AppliedCorsPolicy applied = ServletRequestPolicy.applied(httpRequest);
		if (applied != null) {
			return applied;
		}
		HttpServletResponse httpResponse = servletResponse.getServletResponse();
		return this.enforcer.enforce(new ServletCorsExchange(httpRequest, httpResponse, this.paths), null);
	}

}
