package io.crossorigin.cors.test;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A WebSocket endpoint at {@code /ws/chat}, under the {@code chat} policy of {@code kit.properties},
 * on either stack; on Spring MVC also two that no policy covers, checked by Spring alone:
 * {@code /other/chat} (same origin only, Spring's default) and {@code /other/open} (any origin).
 */
final class KitWebSocketEndpoints {

	private KitWebSocketEndpoints() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSocket
	static class Servlet implements WebSocketConfigurer {

		@Override
		public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
			registry.addHandler(new TextWebSocketHandler(), "/ws/chat");
			registry.addHandler(new TextWebSocketHandler(), "/other/chat");
			registry.addHandler(new TextWebSocketHandler(), "/other/open").setAllowedOriginPatterns("*");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class Reactive {

		@Bean
		HandlerMapping chatMapping() {
			org.springframework.web.reactive.socket.WebSocketHandler chat = (session) -> session.receive().then();
			return new SimpleUrlHandlerMapping(Map.of("/ws/chat", chat), -1);
		}

	}

}
