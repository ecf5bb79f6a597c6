package io.crossorigin.cors.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.crossorigin.cors.browser.HeaderField;

/** Sends the browser's requests over HTTP to a running server, with the JDK's client. */
final class HttpTarget implements CorsTarget {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI baseUrl;

	HttpTarget(URI baseUrl) {
		String base = baseUrl.toString();
		this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
	}

	@Override
	public URI base() {
		return this.baseUrl;
	}

	@Override
	public Answer send(String method, String path, List<HeaderField> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach((header) -> request.header(header.name(), header.value()));
		HttpResponse<Void> response;
		try {
			response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + this.baseUrl + " to " + method + " " + path + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + method + " " + path, ex);
		}
		return Answer.of(CorsTarget.response(response.statusCode(), response.headers().map().entrySet()));
	}

}
