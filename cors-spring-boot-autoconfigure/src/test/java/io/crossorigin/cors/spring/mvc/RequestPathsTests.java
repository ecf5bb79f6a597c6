package io.crossorigin.cors.spring.mvc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.RequestPath;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.WebUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths that select policies on a servlet stack are exactly those Spring parses, whether kept
 * from an earlier request or parsed now; what is kept is keyed by the exact URI and context path.
 */
class RequestPathsTests {

	private final RequestPaths paths = new RequestPaths();

	@ParameterizedTest
	@ValueSource(strings = { "/api/orders", "/api/orders/", "//api/orders", "/api/orders;jsessionid=1/7",
			"/api/%6Frders", "/api/orders%2F7", "/", "/API/orders", "/api/../admin" })
	void aPathIsParsedAsSpringParsesIt(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		RequestPath parsed = this.paths.parse(request);
		assertThat(parsed).isEqualTo(ServletRequestPathUtils.parse(request));
		assertThat(parsed.pathWithinApplication().value())
			.isEqualTo(ServletRequestPathUtils.parse(request).pathWithinApplication().value());
		RequestPath second = this.paths.parse(new MockHttpServletRequest("GET", uri));
		assertThat(second).isEqualTo(parsed);
		assertThat(this.paths.parse(new MockHttpServletRequest("GET", uri))).as("kept from the second time")
			.isSameAs(second);
	}

	@Test
	void aPathSeenOnceIsNotKeptSoThatDistinctPathsCostNoMoreThanParsing() {
		RequestPath first = this.paths.parse(new MockHttpServletRequest("GET", "/api/orders/1"));
		RequestPath second = this.paths.parse(new MockHttpServletRequest("GET", "/api/orders/1"));
		assertThat(second).as("parsed again, then kept").isNotSameAs(first).isEqualTo(first);
		assertThat(this.paths.parse(new MockHttpServletRequest("GET", "/api/orders/1"))).isSameAs(second);
	}

	@Test
	void theSameUriUnderAnotherContextPathIsAnotherPath() {
		MockHttpServletRequest root = new MockHttpServletRequest("GET", "/shop/api/orders");
		MockHttpServletRequest shop = new MockHttpServletRequest("GET", "/shop/api/orders");
		shop.setContextPath("/shop");
		RequestPath first = this.paths.parse(root);
		RequestPath second = this.paths.parse(shop);
		assertThat(first.pathWithinApplication().value()).isEqualTo("/shop/api/orders");
		assertThat(second.pathWithinApplication().value()).isEqualTo("/api/orders");
		assertThat(this.paths.parse(root)).isNotSameAs(second).isEqualTo(first);
		assertThat(this.paths.parse(shop)).isEqualTo(second);
	}

	@Test
	void aRequestToAServletMappedByPathPrefixIsParsedAsSpringParsesItWithoutTheServletPath() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/api/orders");
		request.setServletPath("/app");
		request.setHttpServletMapping(new MockHttpServletMapping("/api/orders", "/app/*", "app", MappingMatch.PATH));
		RequestPath parsed = this.paths.parse(request);
		assertThat(parsed.pathWithinApplication().value()).isEqualTo("/api/orders")
			.isEqualTo(ServletRequestPathUtils.parse(request).pathWithinApplication().value());
	}

	@Test
	void anIncludeIsParsedAsSpringDoesEveryTimeAndNeverKept() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
		request.setDispatcherType(DispatcherType.INCLUDE);
		request.setAttribute(WebUtils.INCLUDE_REQUEST_URI_ATTRIBUTE, "/api/included");
		request.setAttribute(RequestDispatcher.INCLUDE_MAPPING, request.getHttpServletMapping());
		RequestPath parsed = this.paths.parse(request);
		assertThat(parsed.pathWithinApplication().value()).isEqualTo("/api/included");
		assertThat(this.paths.parse(request)).isNotSameAs(parsed);
		assertThat(this.paths.parse(new MockHttpServletRequest("GET", "/api/orders")).pathWithinApplication().value())
			.isEqualTo("/api/orders");
	}

	@Test
	void theErrorDispatchsPathIsKeptLikeTheRequestsAndAForwardIsParsedEveryTime() {
		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setDispatcherType(DispatcherType.ERROR);
		this.paths.parse(error);
		RequestPath parsed = this.paths.parse(error);
		assertThat(this.paths.parse(error)).isSameAs(parsed);
		MockHttpServletRequest forward = new MockHttpServletRequest("GET", "/forwarded");
		forward.setDispatcherType(DispatcherType.FORWARD);
		assertThat(this.paths.parse(forward)).isNotSameAs(this.paths.parse(forward));
	}

	@Test
	void aLongPathIsParsedEveryTimeSoThatWhatIsKeptStaysSmall() {
		String uri = "/api/" + "x".repeat(300);
		RequestPath parsed = this.paths.parse(new MockHttpServletRequest("GET", uri));
		assertThat(parsed.value()).isEqualTo(uri);
		assertThat(this.paths.parse(new MockHttpServletRequest("GET", uri))).isNotSameAs(parsed).isEqualTo(parsed);
	}

	@Test
	void pathsThatShareASlotReplaceEachOtherAndAreNeverConfused() {
		for (int i = 0; i < 10_000; i++) {
			String uri = "/api/orders/" + i;
			assertThat(this.paths.parse(new MockHttpServletRequest("GET", uri)).value()).isEqualTo(uri);
		}
		for (int i = 0; i < 10_000; i += 7) {
			String uri = "/api/orders/" + i;
			assertThat(this.paths.parse(new MockHttpServletRequest("GET", uri)).value()).isEqualTo(uri);
		}
	}

}
