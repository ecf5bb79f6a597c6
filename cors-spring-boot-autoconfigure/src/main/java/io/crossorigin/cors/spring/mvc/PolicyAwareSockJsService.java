package io.crossorigin.cors.spring.mvc;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.sockjs.transport.TransportHandler;
import org.springframework.web.socket.sockjs.transport.handler.DefaultSockJsService;

import io.crossorigin.cors.spring.CorsDecisionEvent;

/**
 * A SockJS service whose own origin check of its HTTP transports ({@code /info}, {@code xhr},
 * {@code xhr_streaming}, {@code eventsource}...) stands aside for requests a policy allowed: the
 * policy answered them already, with its own {@code Access-Control-*} headers. Requests no policy
 * covers, and those a policy refused, meet SockJS's check as configured. Built as a copy of the
 * application's {@link DefaultSockJsService}, with the same settings and transport handlers.
 */
final class PolicyAwareSockJsService extends DefaultSockJsService {

	private PolicyAwareSockJsService(TaskScheduler scheduler, Collection<TransportHandler> handlers) {
		super(scheduler, handlers);
	}

	/**
	 * A copy of a service: every setting of {@code DefaultSockJsService}, its transport handlers
	 * (which then serve the copy), and its handshake interceptors as given.
	 * @param original the application's service
	 * @param interceptors the handshake interceptors of the copy
	 * @return the copy
	 */
	static PolicyAwareSockJsService copyOf(DefaultSockJsService original, List<HandshakeInterceptor> interceptors) {
		PolicyAwareSockJsService copy = new PolicyAwareSockJsService(original.getTaskScheduler(),
				original.getTransportHandlers().values());
		copy.setName(original.getName());
		copy.setSockJsClientLibraryUrl(original.getSockJsClientLibraryUrl());
		copy.setStreamBytesLimit(original.getStreamBytesLimit());
		copy.setSessionCookieNeeded(original.isSessionCookieNeeded());
		copy.setHeartbeatTime(original.getHeartbeatTime());
		copy.setDisconnectDelay(original.getDisconnectDelay());
		copy.setHttpMessageCacheSize(original.getHttpMessageCacheSize());
		copy.setWebSocketEnabled(original.isWebSocketEnabled());
		copy.setSuppressCors(original.shouldSuppressCors());
		Collection<String> origins = original.getAllowedOrigins();
		if (origins != null) {
			copy.setAllowedOrigins(origins);
		}
		Collection<String> patterns = original.getAllowedOriginPatterns();
		if (patterns != null) {
			copy.setAllowedOriginPatterns(patterns);
		}
		try {
			copy.setMessageCodec(original.getMessageCodec());
		}
		catch (IllegalStateException ex) {
			// no codec (no Jackson): the copy, built on the same class path, has none either
		}
		copy.setHandshakeInterceptors(interceptors);
		return copy;
	}

	@Override
	protected boolean checkOrigin(ServerHttpRequest request, ServerHttpResponse response, HttpMethod... httpMethods)
			throws IOException {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& ServletRequestPolicy.applied(servletRequest.getServletRequest()) instanceof CorsDecisionEvent decided
				&& !decided.isReportOnly() && decided.decision().isAllowed()) {
			return true;
		}
		return super.checkOrigin(request, response, httpMethods);
	}

}
