package io.crossorigin.cors.samples.mvc;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A WebSocket of order updates at {@code /ws/orders}: the {@code live} policy's origins decide its
 * handshake, so it needs no {@code setAllowedOrigins} of its own. The server speaks first, then
 * answers each message with an update (as the WebFlux sample does, where a client must wait for the
 * server's first message).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class OrderUpdatesSocket implements WebSocketConfigurer {

	static final String GREETING = "subscribed to order updates";

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(new TextWebSocketHandler() {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				session.sendMessage(new TextMessage(GREETING));
			}

			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
				session.sendMessage(new TextMessage("order update: " + message.getPayload()));
			}

		}, "/ws/orders");
	}

}
