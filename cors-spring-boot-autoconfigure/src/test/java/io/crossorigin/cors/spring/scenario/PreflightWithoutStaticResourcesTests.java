package io.crossorigin.cors.spring.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossorigin.cors.spring.mvc.FilterSwitchedOff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preflight to a covered path that no controller maps is answered even when no static-resource
 * handler catches every path ({@code spring.web.resources.add-mappings=false}), on both stacks.
 */
class PreflightWithoutStaticResourcesTests {

	static HttpResponse<String> preflight(int port, String path, String origin) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "PUT")
			.build();
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
				HttpResponse.BodyHandlers.ofString());
	}

	abstract static class Stack {

		@LocalServerPort
		int port;

		@Test
		void preflightToAnUnmappedCoveredPathIsAnswered() throws IOException, InterruptedException {
			HttpResponse<String> response = preflight(this.port, "/api/unmapped/thing", "https://app.example.com");
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
		}

		@Test
		void refusedPreflightToAnUnmappedCoveredPathIs403() throws IOException, InterruptedException {
			HttpResponse<String> response = preflight(this.port, "/api/unmapped/thing", "https://evil.example.org");
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
		}

		/** Left to the framework: Spring MVC answers 404, WebFlux's DispatcherHandler refuses it with 403. */
		@Test
		void preflightToAnUnmappedUncoveredPathIsLeftToTheFramework() throws IOException, InterruptedException {
			HttpResponse<String> response = preflight(this.port, "/elsewhere", "https://app.example.com");
			assertThat(response.statusCode()).isIn(403, 404);
			assertThat(response.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios",
					"spring.web.resources.add-mappings=false" })
	class Mvc extends Stack {

	}

	/** Through the interceptor alone, the starter's fallback handler mapping lets it answer. */
	@Nested
	@SpringBootTest(classes = { ScenarioApplication.class, FilterSwitchedOff.class },
			webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios",
					"spring.web.resources.add-mappings=false" })
	class MvcInterceptorOnly extends Stack {

	}

	@Nested
	@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "spring.main.web-application-type=reactive", "spring.config.name=scenarios",
					"spring.web.resources.add-mappings=false" })
	class WebFlux extends Stack {

	}

}
