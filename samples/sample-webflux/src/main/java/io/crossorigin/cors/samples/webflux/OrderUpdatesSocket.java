package io.crossorigin.cors.samples.webflux;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;

/**
 * A WebSocket of order updates at {@code /ws/orders}: the {@code live} policy's origins decide its
 * handshake (Spring WebFlux checks none by itself). Each message is answered with an update.
 */
@Configuration(proxyBeanMethods = false)
class OrderUpdatesSocket {

	@Bean
	HandlerMapping orderUpdatesMapping() {
		WebSocketHandler updates = (session) -> session
			.send(session.receive().map((message) -> session.textMessage("order update: " + message.getPayloadAsText())));
		return new SimpleUrlHandlerMapping(Map.of("/ws/orders", updates), -1);
	}

}
