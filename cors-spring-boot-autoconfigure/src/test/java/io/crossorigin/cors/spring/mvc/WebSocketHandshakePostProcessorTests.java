package io.crossorigin.cors.spring.mvc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.handler.ExceptionWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.LoggingWebSocketHandlerDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.sockjs.support.SockJsHttpRequestHandler;
import org.springframework.web.socket.sockjs.transport.handler.DefaultSockJsService;

import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.spring.CorsDecisionListener;
import io.crossorigin.cors.spring.CorsPolicyEnforcer;
import io.crossorigin.cors.spring.CorsPolicyProperties;
import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsPolicySelector;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's origin check on WebSocket endpoints stands aside where a policy covers the handshake,
 * and runs as configured where none does; the post-processor puts the stand-in on plain and SockJS
 * endpoints, once, and keeps every other interceptor.
 */
class WebSocketHandshakePostProcessorTests {

	private final CorsPolicyEnforcer enforcer = new CorsPolicyEnforcer(selector(), new CorsEngine(),
			CorsDecisionListener.NONE);

	private final WebSocketHandshakePostProcessor postProcessor = new WebSocketHandshakePostProcessor(
			new StaticListableBeanFactory(Map.of("enforcer", this.enforcer)).getBeanProvider(CorsPolicyEnforcer.class));

	private final HandshakeInterceptor other = new HandshakeInterceptor() {

		@Override
		public boolean beforeHandshake(org.springframework.http.server.ServerHttpRequest request,
				org.springframework.http.server.ServerHttpResponse response,
				org.springframework.web.socket.WebSocketHandler wsHandler, Map<String, Object> attributes) {
			return true;
		}

		@Override
		public void afterHandshake(org.springframework.http.server.ServerHttpRequest request,
				org.springframework.http.server.ServerHttpResponse response,
				org.springframework.web.socket.WebSocketHandler wsHandler, Exception exception) {
		}

	};

	@Test
	void plainAndSockJsEndpointsGetTheStandInOnceAndKeepTheirOtherInterceptors() {
		WebSocketHttpRequestHandler plain = new WebSocketHttpRequestHandler(new TextWebSocketHandler());
		plain.setHandshakeInterceptors(List.of(this.other, new OriginHandshakeInterceptor()));
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.initialize();
		DefaultSockJsService service = new DefaultSockJsService(scheduler);
		service.setHandshakeInterceptors(List.of(new OriginHandshakeInterceptor(), this.other));
		SockJsHttpRequestHandler sockJs = new SockJsHttpRequestHandler(service, new TextWebSocketHandler());
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/ws/echo", plain, "/ws/again", plain,
				"/ws/sockjs/**", sockJs));
		mapping.setApplicationContext(new org.springframework.context.support.StaticApplicationContext());

		assertThat(this.postProcessor.postProcessAfterInitialization(mapping, "webSocketHandlerMapping")).isSameAs(mapping);
		this.postProcessor.postProcessAfterInitialization(mapping, "webSocketHandlerMapping");

		assertThat(plain.getHandshakeInterceptors()).hasSize(2).first().isSameAs(this.other);
		assertThat(plain.getHandshakeInterceptors().get(1)).isInstanceOf(PolicyAwareHandshakeInterceptor.class)
			.satisfies((standIn) -> assertThat(((PolicyAwareHandshakeInterceptor) standIn).springOriginCheck())
				.isInstanceOf(OriginHandshakeInterceptor.class));
		Object mapped = mapping.getHandlerMap().get("/ws/sockjs/**");
		assertThat(mapped).isInstanceOf(SockJsHttpRequestHandler.class).isNotSameAs(sockJs);
		assertThat(mapping.getUrlMap().get("/ws/sockjs/**")).as("what the mapping starts").isSameAs(mapped);
		SockJsHttpRequestHandler replaced = (SockJsHttpRequestHandler) mapped;
		// decorated once, as the original was, not twice
		assertThat(replaced.getWebSocketHandler()).isInstanceOf(ExceptionWebSocketHandlerDecorator.class);
		assertThat(((WebSocketHandlerDecorator) replaced.getWebSocketHandler()).getDelegate())
			.isInstanceOf(LoggingWebSocketHandlerDecorator.class)
			.satisfies((logging) -> assertThat(((WebSocketHandlerDecorator) logging).getDelegate())
				.isSameAs(((WebSocketHandlerDecorator) sockJs.getWebSocketHandler()).getLastHandler()));
		assertThat(replaced.getSockJsService()).isInstanceOf(PolicyAwareSockJsService.class);
		PolicyAwareSockJsService copy = (PolicyAwareSockJsService) replaced.getSockJsService();
		assertThat(copy.getHandshakeInterceptors()).hasSize(2).last().isSameAs(this.other);
		assertThat(copy.getHandshakeInterceptors().get(0)).isInstanceOf(PolicyAwareHandshakeInterceptor.class);
		assertThat(copy.getTransportHandlers()).isEqualTo(service.getTransportHandlers());
		scheduler.shutdown();
	}

	@Test
	void theSockJsCopyKeepsEverySettingOfTheOriginal() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		DefaultSockJsService original = new DefaultSockJsService(scheduler);
		original.setName("orders");
		original.setSockJsClientLibraryUrl("https://cdn.example.com/sockjs.js");
		original.setStreamBytesLimit(1234);
		original.setSessionCookieNeeded(false);
		original.setHeartbeatTime(4321);
		original.setDisconnectDelay(999);
		original.setHttpMessageCacheSize(77);
		original.setWebSocketEnabled(false);
		original.setSuppressCors(true);
		original.setAllowedOrigins(List.of("https://legacy.example.org"));
		original.setAllowedOriginPatterns(List.of("https://*.legacy.example.org"));
		PolicyAwareSockJsService copy = PolicyAwareSockJsService.copyOf(original, List.of(this.other));
		assertThat(copy).usingRecursiveComparison()
			.ignoringFields("handlers", "interceptors", "infoHandler", "iframeHandler", "logger")
			.isEqualTo(original);
		assertThat(copy.getTaskScheduler()).isSameAs(scheduler);
		assertThat(copy.getHandshakeInterceptors()).containsExactly(this.other);
		assertThat(copy.getMessageCodec()).isSameAs(original.getMessageCodec());
	}

	@Test
	void otherBeansAreLeftAlone() {
		Object bean = new Object();
		assertThat(this.postProcessor.postProcessAfterInitialization(bean, "bean")).isSameAs(bean);
	}

	@Test
	void onACoveredPathThePolicyDecidesAndSpringsSameOriginCheckStandsAside() throws Exception {
		PolicyAwareHandshakeInterceptor standIn = new PolicyAwareHandshakeInterceptor(new OriginHandshakeInterceptor(),
				this.enforcer);
		MockHttpServletResponse allowedResponse = new MockHttpServletResponse();
		assertThat(before(standIn, handshake("/ws/echo", "https://app.example.com"), allowedResponse)).isTrue();
		assertThat(allowedResponse.getHeaderNames()).isEmpty();

		MockHttpServletResponse refused = new MockHttpServletResponse();
		assertThat(before(standIn, handshake("/ws/echo", "https://evil.example.org"), refused)).isFalse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getHeaderNames()).isEmpty();
	}

	@Test
	void onAPathNoPolicyCoversSpringsOwnCheckDecides() throws Exception {
		PolicyAwareHandshakeInterceptor standIn = new PolicyAwareHandshakeInterceptor(new OriginHandshakeInterceptor(),
				this.enforcer);
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(before(standIn, handshake("/other/echo", "https://app.example.com"), response))
			.as("Spring's default: same origin only").isFalse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void aHandshakeTheFilterDecidedIsNotDecidedAgain() throws Exception {
		MockHttpServletRequest request = handshake("/ws/echo", "https://app.example.com");
		MockHttpServletResponse response = new MockHttpServletResponse();
		// the filter, ahead of everything
		new CorsPolicyFilter(this.enforcer, new ServletHandlerMethodLookup(new StaticListableBeanFactory()
			.getBeanProvider(org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)))
			.doFilter(request, response, (req, res) -> {
			});
		CorsPolicyEnforcer failing = new CorsPolicyEnforcer(selector(), new CorsEngine(), (event) -> {
			throw new AssertionError("decided twice");
		});
		assertThat(before(new PolicyAwareHandshakeInterceptor(new OriginHandshakeInterceptor(), failing), request,
				response)).isTrue();
	}

	private static boolean before(HandshakeInterceptor interceptor, MockHttpServletRequest request,
			MockHttpServletResponse response) throws Exception {
		return interceptor.beforeHandshake(new ServletServerHttpRequest(request), new ServletServerHttpResponse(response),
				new TextWebSocketHandler(), new HashMap<>());
	}

	private static MockHttpServletRequest handshake(String path, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServerName("api.example.com");
		request.addHeader("Host", "api.example.com");
		request.addHeader("Upgrade", "websocket");
		request.addHeader("Connection", "Upgrade");
		request.addHeader("Origin", origin);
		return request;
	}

	private static CorsPolicySelector selector() {
		CorsPolicyProperties ws = new CorsPolicyProperties();
		ws.setPathPatterns(List.of("/ws/**"));
		ws.setAllowedOrigins(List.of("https://app.example.com"));
		CorsProperties properties = new CorsProperties();
		properties.getPolicies().put("ws", ws);
		return new CorsPolicySelector(CorsPolicyRegistry.of(properties));
	}

}
