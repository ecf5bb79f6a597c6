package io.crossorigin.cors.samples.webflux;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;

/**
 * A WebSocket of order updates at {@code /ws/orders}: the {@code live} policy's origins decide its
 * handshake (Spring WebFlux checks none by itself). The server speaks first, then answers each
 * message with an update: behind Spring Security, Spring WebFlux on Reactor Netty drops a frame
 * that a client sends at once after the 101 on a few connections in a hundred (with this starter
 * disabled too), so a client should wait for the server's first message before sending.
 */
@Configuration(proxyBeanMethods = false)
class OrderUpdatesSocket {

	static final String GREETING = "subscribed to order updates";

	@Bean
	HandlerMapping orderUpdatesMapping() {
		WebSocketHandler updates = (session) -> session.send(Flux.concat(Mono.just(session.textMessage(GREETING)),
				session.receive().map((message) -> session.textMessage("order update: " + message.getPayloadAsText()))));
		return new SimpleUrlHandlerMapping(Map.of("/ws/orders", updates), -1);
	}

}
