package io.crossorigin.cors.test;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.crossorigin.cors.browser.HeaderField;

/** Sends the browser's requests through a {@link RestTestClient}, bound however the test bound it. */
final class RestTestClientTarget implements CorsTarget {

	private final RestTestClient client;

	RestTestClientTarget(RestTestClient client) {
		this.client = client;
	}

	@Override
	public Answer send(String method, String path, List<HeaderField> headers) {
		EntityExchangeResult<byte[]> result = this.client.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((http) -> headers.forEach((header) -> http.add(header.name(), header.value())))
			.exchange()
			.expectBody()
			.returnResult();
		return Answer.of(CorsTarget.response(result.getStatus().value(), result.getResponseHeaders().headerSet()));
	}

}
