package io.crossorigin.cors.spring;

import org.springframework.http.server.PathContainer;

import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;

/**
 * A request as the {@linkplain CorsPolicyEnforcer enforcement step} sees it, whichever the stack:
 * the request the engine reads, the response headers it writes, the path policies are selected by,
 * and where what was applied is kept. Each stack's adapter implements it over its own request and
 * response, without copying; a new entry point (a WebSocket handshake, say) is one more
 * implementation, not one more copy of the step.
 */
public interface CorsExchange extends CorsRequest {

	/**
	 * The request path within the application, which path patterns match.
	 * @return the path
	 */
	PathContainer pathWithinApplication();

	/**
	 * The request's path as received, for logs; on an error dispatch the path of the request that
	 * failed.
	 * @return the path
	 */
	String path();

	/**
	 * The headers of the response being prepared, which the engine writes.
	 * @return the response headers
	 */
	CorsResponseHeaders responseHeaders();

	/**
	 * Keeps what was applied with the request (in its attributes), under
	 * {@link AppliedCorsPolicy#ATTRIBUTE}, where every later dispatch and component reads it.
	 * @param applied what was applied
	 */
	void record(AppliedCorsPolicy applied);

}
