package io.crossorigin.cors.spring.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsDecision;
import io.crossorigin.cors.CorsEngine;
import io.crossorigin.cors.CorsRequest;
import io.crossorigin.cors.CorsResponseHeaders;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.spring.NamedCorsPolicy;
import io.crossorigin.cors.spring.actuate.CorsEndpoint.Exchange;

/**
 * What the server would answer to each request of an explained {@code fetch()}: the engine's
 * decision and the exact CORS headers, for a request addressed to another origin than the page's.
 */
final class ServerAnswers {

	/** Where the starter does not answer, the application does, with a status known only by running it. */
	static final String APPLICATION_ANSWERS = "the application answers: its status (200, 204, Spring Security's 401...) is"
			+ " not known without running the handler";

	static final String HANDSHAKE_GOES_ON = "the handshake goes on to the endpoint, which upgrades it (101) unless"
			+ " something after the starter refuses it, such as Spring Security";

	private ServerAnswers() {
	}

	/**
	 * One request as the server would answer it: decided by the policy, or untouched without one.
	 * The endpoint explains requests nobody sent, so nothing is recorded or published.
	 */
	static Exchange answer(CorsEngine engine, @Nullable NamedCorsPolicy policy, String method, List<HeaderField> headers) {
		Map<String, String> written = new LinkedHashMap<>();
		if (policy == null) {
			return new Exchange(method, headerMap(headers), null, "no policy applies: the request is left untouched", null,
					APPLICATION_ANSWERS, written);
		}
		ExplainedRequest request = new ExplainedRequest(method, headers);
		CorsDecision decision = engine.decide(policy.policy(), request,
				new CorsResponseHeaders() {

					@Override
					public @Nullable String get(String name) {
						return written.get(name);
					}

					@Override
					public void set(String name, String value) {
						written.put(name, value);
					}

				});
		String offendingValue = CorsEngine.offendingValue(policy.policy(), request, decision);
		String reason = decision.reason().description() + ((offendingValue != null) ? ": " + offendingValue : "");
		if (decision.isAnswered()) {
			return new Exchange(method, headerMap(headers), decision.kind().name(), reason, decision.status(), null,
					written);
		}
		return new Exchange(method, headerMap(headers), decision.kind().name(), reason, null,
				decision.isHandshake() ? HANDSHAKE_GOES_ON : APPLICATION_ANSWERS, written);
	}

	private static Map<String, String> headerMap(List<HeaderField> headers) {
		Map<String, String> map = new LinkedHashMap<>();
		headers.forEach((header) -> map.put(header.name(), header.value()));
		return map;
	}

	static List<HeaderField> headerFields(@Nullable String headers) {
		List<HeaderField> fields = new ArrayList<>();
		if (headers == null || headers.isBlank()) {
			return fields;
		}
		for (String entry : headers.split(",")) {
			int colon = entry.indexOf(':');
			String name = ((colon >= 0) ? entry.substring(0, colon) : entry).trim();
			String value = (colon >= 0) ? entry.substring(colon + 1).trim() : "x";
			if (!name.isEmpty()) {
				fields.add(new HeaderField(name, value));
			}
		}
		return fields;
	}

	/**
	 * A request the browser would send, as the engine reads it, addressed to
	 * {@code https://cors-endpoint.invalid}: never the page's own origin, so it is a CORS request.
	 */
	private record ExplainedRequest(String method, List<HeaderField> headers) implements CorsRequest {

		@Override
		public @Nullable String header(String name) {
			for (HeaderField header : this.headers) {
				if (header.name().equalsIgnoreCase(name)) {
					return header.value();
				}
			}
			return null;
		}

		@Override
		public String scheme() {
			return "https";
		}

		@Override
		public String host() {
			return "cors-endpoint.invalid";
		}

		@Override
		public int port() {
			return 443;
		}

	}

}
