package io.crossorigin.cors.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;

/**
 * A WebSocket handshake through a {@link MockMvc}. The handshake runs through every filter and
 * check a real one meets; at the end Spring's handshake handler tries to upgrade, which a mock
 * request cannot do: it fails with a {@code HandshakeFailureException}. That failure, and nothing
 * else, means the handshake was let through.
 */
final class MockMvcHandshake {

	private static final boolean STARTER_PRESENT = ClassUtils
		.isPresent(CorsTestRuntimeHints.STARTER_MARKER, MockMvcHandshake.class.getClassLoader());

	private static final String HANDSHAKE_FAILURE = "org.springframework.web.socket.server.HandshakeFailureException";

	private MockMvcHandshake() {
	}

	static WebSocketVerdict perform(MockMvc mockMvc, String origin, String path, boolean cookies) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		PendingWebSocket.headers(origin, cookies).forEach(request::header);
		AtomicReference<@Nullable MockHttpServletRequest> sent = new AtomicReference<>();
		request.with((built) -> {
			sent.set(built);
			return built;
		});
		MvcResult result;
		try {
			result = mockMvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			if (!isUpgradeFailure(ex)) {
				throw new IllegalStateException("MockMvc failed on the WebSocket handshake for " + path + ": " + ex, ex);
			}
			return new WebSocketVerdict(origin, path, cookies, 0, List.of(), true, account(sent.get()));
		}
		MockHttpServletResponse response = result.getResponse();
		List<String> headerLines = response.getHeaderNames()
			.stream()
			.flatMap((name) -> response.getHeaders(name).stream().map((value) -> name + ": " + value))
			.toList();
		return new WebSocketVerdict(origin, path, cookies, response.getStatus(), headerLines, false,
				account(result.getRequest()));
	}

	/** Whether the handshake handler failed to upgrade: what a mock request meets after every check. */
	private static boolean isUpgradeFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().equals(HANDSHAKE_FAILURE)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String account(@Nullable MockHttpServletRequest request) {
		return (STARTER_PRESENT && request != null) ? AppliedPolicyAccount.of(request::getAttribute) : null;
	}

}
