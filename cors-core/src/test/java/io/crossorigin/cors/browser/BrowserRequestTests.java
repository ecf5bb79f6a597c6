package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserRequestTests {

	private static final String ORIGIN = "http://api.bob.com";

	@Test
	void ofHasNoHeadersSameOriginCredentialsAndNoPrivateNetworkAccess() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET");
		assertThat(request.origin()).isEqualTo(ORIGIN);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.headers()).isEmpty();
		assertThat(request.credentialsMode()).isEqualTo(CredentialsMode.SAME_ORIGIN);
		assertThat(request.privateNetworkAccess()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({"get, GET", "Get, GET", "pOsT, POST", "head, HEAD", "delete, DELETE", "options, OPTIONS", "put, PUT",
			"PUT, PUT"})
	void methodMatchingANormalizedMethodInAnyCaseIsUppercased(String written, String normalized) {
		assertThat(BrowserRequest.of(ORIGIN, written).method()).isEqualTo(normalized);
	}

	@ParameterizedTest
	@ValueSource(strings = {"patch", "Patch", "PATCH", "propfind", "Custom", "M-SEARCH"})
	void otherMethodsAreKeptAsWritten(String method) {
		assertThat(BrowserRequest.of(ORIGIN, method).method()).isEqualTo(method);
	}

	@ParameterizedTest
	@ValueSource(strings = {"CONNECT", "connect", "Trace", "TRACK"})
	void forbiddenMethodIsRejectedAsFetchThrowsATypeError(String method) {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserRequest.of(ORIGIN, method))
				.withMessageContaining("forbidden method");
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "GE T", "GET\n", "GET/1", "G\u00C9T"})
	void methodThatIsNotATokenIsRejected(String method) {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserRequest.of(ORIGIN, method))
				.withMessageContaining("not a valid HTTP method");
	}

	@ParameterizedTest
	@ValueSource(strings = {"Cookie", "cookie", "Origin", "Host", "Referer", "Content-Length", "Sec-Fetch-Mode",
			"Proxy-Authorization", "Access-Control-Request-Method", "DNT"})
	void forbiddenRequestHeaderIsSilentlyDropped(String name) {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader(name, "x");
		assertThat(request.headers()).isEmpty();
		assertThat(request).isEqualTo(BrowserRequest.of(ORIGIN, "GET"));
	}

	@Test
	void forbiddenHeadersPassedToTheConstructorAreDroppedAndOthersKeptInOrder() {
		List<HeaderField> headers = List.of(
				new HeaderField("X-B", "1"),
				new HeaderField("Cookie", "session=1"),
				new HeaderField("Accept", "*/*"),
				new HeaderField("Sec-Custom", "1"),
				new HeaderField("X-A", "2"));
		BrowserRequest request = new BrowserRequest(ORIGIN, "GET", headers, CredentialsMode.OMIT, false);
		assertThat(request.headers()).containsExactly(
				new HeaderField("X-B", "1"), new HeaderField("Accept", "*/*"), new HeaderField("X-A", "2"));
	}

	@Test
	void withHeaderAppendsAndKeepsDuplicates() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET")
				.withHeader("X-A", "1")
				.withHeader("Accept", "*/*")
				.withHeader("x-a", "2");
		assertThat(request.headers()).containsExactly(
				new HeaderField("X-A", "1"), new HeaderField("Accept", "*/*"), new HeaderField("x-a", "2"));
	}

	@Test
	void headerValueIsNormalizedByRemovingLeadingAndTrailingHttpWhitespace() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET").withHeader("Accept", " \t*/*\r\n ");
		assertThat(request.headers()).containsExactly(new HeaderField("Accept", "*/*"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "X Custom", "X-Custom:", "X\u00E9", "(X)"})
	void headerNameThatIsNotATokenIsRejected(String name) {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET");
		assertThatIllegalArgumentException().isThrownBy(() -> request.withHeader(name, "1"))
				.withMessageContaining("not a valid header name");
	}

	@ParameterizedTest
	@ValueSource(strings = {"a\u0000b", "a\nb", "a\rb", "\u20AC"})
	void headerValueWithNulNewlineOrNonLatin1CharIsRejected(String value) {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "GET");
		assertThatIllegalArgumentException().isThrownBy(() -> request.withHeader("X-A", value))
				.withMessageContaining("invalid character");
	}

	@Test
	void withersReturnNewRequestsAndLeaveTheOriginalUnchanged() {
		BrowserRequest original = BrowserRequest.of(ORIGIN, "PUT");
		BrowserRequest withHeader = original.withHeader("X-A", "1");
		BrowserRequest withCredentials = original.withCredentials(CredentialsMode.INCLUDE);
		BrowserRequest withPna = original.withPrivateNetworkAccess();

		assertThat(original.headers()).isEmpty();
		assertThat(original.credentialsMode()).isEqualTo(CredentialsMode.SAME_ORIGIN);
		assertThat(original.privateNetworkAccess()).isFalse();

		assertThat(withHeader.headers()).containsExactly(new HeaderField("X-A", "1"));
		assertThat(withCredentials.credentialsMode()).isEqualTo(CredentialsMode.INCLUDE);
		assertThat(withPna.privateNetworkAccess()).isTrue();
		assertThat(List.of(withHeader, withCredentials, withPna))
				.allSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"))
				.allSatisfy(r -> assertThat(r.origin()).isEqualTo(ORIGIN));
	}

	@Test
	void withersKeepTheOtherComponents() {
		BrowserRequest request = BrowserRequest.of(ORIGIN, "PUT")
				.withPrivateNetworkAccess()
				.withCredentials(CredentialsMode.INCLUDE)
				.withHeader("X-A", "1");
		assertThat(request.privateNetworkAccess()).isTrue();
		assertThat(request.credentialsMode()).isEqualTo(CredentialsMode.INCLUDE);
		assertThat(request.headers()).containsExactly(new HeaderField("X-A", "1"));
	}

	@Test
	void headersAreCopiedAndImmutable() {
		List<HeaderField> source = new ArrayList<>(List.of(new HeaderField("X-A", "1")));
		BrowserRequest request = new BrowserRequest(ORIGIN, "GET", source, CredentialsMode.OMIT, false);
		source.add(new HeaderField("X-B", "2"));

		assertThat(request.headers()).containsExactly(new HeaderField("X-A", "1"));
		assertThatThrownBy(() -> request.headers().add(new HeaderField("X-C", "3")))
				.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void nullComponentsAreRejected() {
		List<HeaderField> none = List.of();
		assertThatNullPointerException().isThrownBy(() -> new BrowserRequest(null, "GET", none, CredentialsMode.OMIT, false));
		assertThatNullPointerException().isThrownBy(() -> new BrowserRequest(ORIGIN, null, none, CredentialsMode.OMIT, false));
		assertThatNullPointerException().isThrownBy(() -> new BrowserRequest(ORIGIN, "GET", null, CredentialsMode.OMIT, false));
		assertThatNullPointerException().isThrownBy(() -> new BrowserRequest(ORIGIN, "GET", none, null, false));
		assertThatNullPointerException().isThrownBy(() -> BrowserRequest.of(ORIGIN, "GET").withCredentials(null));
	}

	@Test
	void opaqueOriginIsSerializedAsNull() {
		assertThat(BrowserRequest.of("null", "GET").origin()).isEqualTo("null");
	}
}
