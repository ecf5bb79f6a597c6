package io.crossorigin.cors.spring.webflux;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Ends an exchange that the filter answers itself (a preflight), without the rest of the chain.
 *
 * <p>On Reactor Netty the end is signalled by a task on the connection's own event loop: the
 * answer is written at once, and the exchange ends right after the event being handled, before
 * the loop reads the connection again. Reactor Netty 1.3.7 stops reading a keep-alive connection
 * when a request that arrived while the previous one was still ending completes while it is being
 * dispatched (reactor/reactor-netty#4361), and the browser's next request on that connection then
 * hangs. Ending synchronously made a preflight queued behind an asynchronous exchange (Spring
 * Security's, a handler's) such a request; ending on another thread let the browser's next request
 * be queued behind the preflight. A task on the same loop does neither.
 *
 * <p>Reactor Netty 1.3.8 (Spring Boot 4.1.2) fixes the stall: with a plain {@code setComplete()}
 * the keep-alive scenario tests pass there, and fail on Reactor Netty 1.3.6, which Spring Boot
 * 4.0.7 manages (run by {@code compatibility/boot-4.0}). This stays while Boot 4.0 is supported.
 */
final class AnsweredExchange {

	private static final boolean REACTOR_NETTY = ClassUtils.isPresent("reactor.netty.Connection",
			AnsweredExchange.class.getClassLoader());

	private AnsweredExchange() {
	}

	/**
	 * Completes the response, ending the exchange as described above.
	 * @param exchange the exchange whose response is final
	 * @return completes when the exchange has ended
	 */
	static Mono<Void> complete(ServerWebExchange exchange) {
		Mono<Void> complete = exchange.getResponse().setComplete();
		Executor eventLoop = REACTOR_NETTY ? NettyEventLoop.of(exchange) : null;
		return (eventLoop != null) ? complete.publishOn(Schedulers.fromExecutor(eventLoop)) : complete;
	}

	/** Kept apart so that nothing loads Reactor Netty's types where it is absent. */
	private static final class NettyEventLoop {

		static @Nullable Executor of(ServerWebExchange exchange) {
			Object request;
			try {
				request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
			}
			catch (IllegalStateException ex) {
				return null; // a mock request (tests, benchmarks) has no native request
			}
			return (request instanceof Connection connection) ? connection.channel().eventLoop() : null;
		}

	}

}
