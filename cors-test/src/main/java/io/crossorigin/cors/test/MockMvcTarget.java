package io.crossorigin.cors.test;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.HeaderField;

/** Sends the browser's requests through a {@link MockMvc}, filters included as it was built. */
final class MockMvcTarget implements CorsTarget {

	private final MockMvc mockMvc;

	MockMvcTarget(MockMvc mockMvc) {
		this.mockMvc = mockMvc;
	}

	@Override
	public BrowserResponse send(String method, String path, List<HeaderField> headers) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		headers.forEach((header) -> request.header(header.name(), header.value()));
		MockHttpServletResponse response;
		try {
			response = this.mockMvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException("MockMvc failed on " + method + " " + path + ": " + ex, ex);
		}
		List<HeaderField> fields = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			response.getHeaders(name).forEach((value) -> fields.add(new HeaderField(name, value)));
		}
		return new BrowserResponse(response.getStatus(), fields);
	}

}
