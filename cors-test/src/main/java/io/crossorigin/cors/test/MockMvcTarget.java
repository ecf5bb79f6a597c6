package io.crossorigin.cors.test;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;

import io.crossorigin.cors.browser.HeaderField;

/**
 * Sends the browser's requests through a {@link MockMvc}, filters included as it was built, and
 * reads what the starter decided from the request it leaves behind.
 */
final class MockMvcTarget implements CorsTarget {

	private static final boolean STARTER_PRESENT = ClassUtils
		.isPresent(CorsTestRuntimeHints.STARTER_MARKER, MockMvcTarget.class.getClassLoader());

	private final MockMvc mockMvc;

	MockMvcTarget(MockMvc mockMvc) {
		this.mockMvc = mockMvc;
	}

	@Override
	public Answer send(String method, String path, List<HeaderField> headers) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		headers.forEach((header) -> request.header(header.name(), header.value()));
		MvcResult result;
		try {
			result = this.mockMvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException("MockMvc failed on " + method + " " + path + ": " + ex, ex);
		}
		MockHttpServletResponse response = result.getResponse();
		List<Map.Entry<String, List<String>>> answered = response.getHeaderNames()
			.stream()
			.map((name) -> Map.entry(name, response.getHeaders(name)))
			.toList();
		return new Answer(CorsTarget.response(response.getStatus(), answered),
				STARTER_PRESENT ? AppliedPolicyAccount.of(result.getRequest()::getAttribute) : null);
	}

}
