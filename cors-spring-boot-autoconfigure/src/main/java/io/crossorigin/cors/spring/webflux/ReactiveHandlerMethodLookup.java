package io.crossorigin.cors.spring.webflux;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;

import io.crossorigin.cors.spring.HandlerMethodLookup;

/**
 * Every handler lookup of a WebFlux application, in one place: ahead of {@code DispatcherHandler},
 * the handler method an exchange will reach (preflights included), so that
 * {@code @CrossOriginPolicy} selects its policy; and for the {@code cors} endpoint, the handler of a
 * method and path.
 */
public final class ReactiveHandlerMethodLookup implements HandlerMethodLookup {

	private final List<RequestMappingHandlerMapping> mappings;

	/**
	 * Creates the lookup.
	 * @param mappings the annotated-controller mappings, in order
	 */
	public ReactiveHandlerMethodLookup(List<RequestMappingHandlerMapping> mappings) {
		this.mappings = List.copyOf(mappings);
	}

	/**
	 * The handler method the exchange will reach, as the annotated-controller mappings find it.
	 * @param exchange the exchange
	 * @return the handler method, or empty if none (or if the lookup fails, as for a method the path
	 * does not support: the path patterns then decide)
	 */
	public Mono<HandlerMethod> find(ServerWebExchange exchange) {
		return Flux.fromIterable(this.mappings)
			.concatMap((mapping) -> mapping.getHandlerInternal(exchange).onErrorResume((ex) -> Mono.empty()))
			.next();
	}

	@Override
	public @Nullable HandlerMethod find(String method, PathContainer path) {
		return HandlerMethodLookup.mostSpecific(this.mappings.stream()
			.flatMap((mapping) -> mapping.getHandlerMethods().entrySet().stream())
			.map((entry) -> new Candidate(entry.getKey().getPatternsCondition().getPatterns(),
					entry.getKey().getMethodsCondition().getMethods(), entry.getValue())), method, path);
	}

}
