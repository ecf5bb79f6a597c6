package io.crossorigin.cors.spring.mvc;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.handler.ExceptionWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.LoggingWebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.sockjs.support.SockJsHttpRequestHandler;
import org.springframework.web.socket.sockjs.transport.TransportHandlingSockJsService;
import org.springframework.web.socket.sockjs.transport.handler.DefaultSockJsService;

import io.crossorigin.cors.spring.CorsPolicyEnforcer;

/**
 * Makes Spring's origin checks on the WebSocket endpoints of a URL handler mapping step aside
 * where a policy covers the request, and leaves them as configured elsewhere:
 * <ul>
 * <li>plain {@code WebSocketHandler} registrations and STOMP endpoints
 * ({@link WebSocketHttpRequestHandler}), and SockJS's websocket transport: a
 * {@link PolicyAwareHandshakeInterceptor} in place of each {@link OriginHandshakeInterceptor};</li>
 * <li>SockJS's HTTP transports ({@code /info}, {@code xhr}...): each endpoint's
 * {@link DefaultSockJsService}, as the registry builds it, is replaced by a
 * {@link PolicyAwareSockJsService} copy of it, whose origin check lets through what a policy
 * allowed. A service of another class keeps its own check of those transports.</li>
 * </ul>
 */
public class WebSocketHandshakePostProcessor implements BeanPostProcessor {

	private final ObjectProvider<CorsPolicyEnforcer> enforcer;

	/**
	 * Creates the post-processor.
	 * @param enforcer the enforcement step, resolved when the first endpoint is found
	 */
	public WebSocketHandshakePostProcessor(ObjectProvider<CorsPolicyEnforcer> enforcer) {
		this.enforcer = enforcer;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractUrlHandlerMapping mapping) {
			Map<Object, Object> replaced = new IdentityHashMap<>();
			new LinkedHashMap<>(mapping.getHandlerMap()).forEach((path, handler) -> {
				Object standIn = replaced.computeIfAbsent(handler, this::standIn);
				if (standIn != handler) {
					mapping.unregisterHandler(path);
					mapping.registerHandler(path, standIn);
				}
			});
			if (mapping instanceof SimpleUrlHandlerMapping simple) {
				// what WebSocketHandlerMapping starts and stops with the application; the map is the
				// mapping's own, which it lets callers change (its values are handlers of any type)
				@SuppressWarnings("unchecked")
				Map<String, Object> urlMap = (Map<String, Object>) simple.getUrlMap();
				urlMap.replaceAll((path, handler) -> replaced.getOrDefault(handler, handler));
			}
		}
		return bean;
	}

	/** The handler to map instead, or the same one with its interceptors replaced. */
	private Object standIn(Object handler) {
		if (handler instanceof WebSocketHttpRequestHandler webSocket) {
			webSocket.setHandshakeInterceptors(standIn(webSocket.getHandshakeInterceptors()));
		}
		else if (handler instanceof SockJsHttpRequestHandler sockJs) {
			if (sockJs.getSockJsService().getClass() == DefaultSockJsService.class) {
				DefaultSockJsService service = (DefaultSockJsService) sockJs.getSockJsService();
				return new SockJsHttpRequestHandler(
						PolicyAwareSockJsService.copyOf(service, standIn(service.getHandshakeInterceptors())),
						undecorated(sockJs.getWebSocketHandler()));
			}
			if (sockJs.getSockJsService() instanceof TransportHandlingSockJsService service) {
				service.setHandshakeInterceptors(standIn(service.getHandshakeInterceptors()));
			}
		}
		return handler;
	}

	/**
	 * The application's handler, without the two decorators {@code SockJsHttpRequestHandler} adds
	 * (exception handling, logging), which the new one adds again.
	 */
	private static WebSocketHandler undecorated(WebSocketHandler handler) {
		if (handler instanceof ExceptionWebSocketHandlerDecorator exceptions
				&& exceptions.getDelegate() instanceof LoggingWebSocketHandlerDecorator logging) {
			return logging.getDelegate();
		}
		return handler;
	}

	private List<HandshakeInterceptor> standIn(List<HandshakeInterceptor> interceptors) {
		List<HandshakeInterceptor> result = new ArrayList<>(interceptors.size());
		for (HandshakeInterceptor interceptor : interceptors) {
			result.add((interceptor instanceof OriginHandshakeInterceptor)
					? new PolicyAwareHandshakeInterceptor(interceptor, this.enforcer.getObject()) : interceptor);
		}
		return result;
	}

}
