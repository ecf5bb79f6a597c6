package io.crossorigin.cors.spring.websocket;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * WebSocket endpoints of every kind, on the stack {@code spring.main.web-application-type} picks.
 * Spring MVC: a plain echo handler ({@code /ws/echo}, {@code /public/echo}, and {@code /other/echo}
 * that no policy covers), a STOMP endpoint ({@code /ws/stomp}) and a SockJS endpoint
 * ({@code /ws/sockjs}), registered as applications do, without allowed origins of their own.
 * Spring WebFlux: the echo handlers through a {@code SimpleUrlHandlerMapping}. An HTTP endpoint
 * ({@code /ws/http}) shows the policy still answers ordinary requests on the same paths.
 */
@SpringBootApplication
public class WebSocketApplication {

	/** The echo: each text message comes back prefixed. */
	static final String ECHO_PREFIX = "echo: ";

	@RestController
	static class HttpController {

		@GetMapping("/ws/http")
		String http() {
			return "http";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSocket
	static class ServletEndpoints implements WebSocketConfigurer {

		@Override
		public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
			TextWebSocketHandler echo = new TextWebSocketHandler() {

				@Override
				protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
					session.sendMessage(new TextMessage(ECHO_PREFIX + message.getPayload()));
				}

			};
			registry.addHandler(echo, "/ws/echo", "/narrow/echo", "/public/echo", "/other/echo");
			registry.addHandler(echo, "/ws/sockjs").withSockJS();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSocketMessageBroker
	static class ServletStomp implements WebSocketMessageBrokerConfigurer {

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/ws/stomp");
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			registry.enableSimpleBroker("/topic");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveEndpoints {

		@Bean
		HandlerMapping webSocketMapping() {
			WebSocketHandler echo = (session) -> session
				.send(session.receive().map((message) -> session.textMessage(ECHO_PREFIX + message.getPayloadAsText())));
			return new SimpleUrlHandlerMapping(Map.of("/ws/echo", echo, "/narrow/echo", echo, "/public/echo", echo, "/other/echo", echo), -1);
		}

	}

}
