package io.crossorigin.cors.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.CredentialsMode;
import io.crossorigin.cors.browser.HeaderField;

/**
 * What a page's script asks {@code fetch()} for: a method, a path on the server under test, the
 * headers the script sets and whether it sends credentials. Immutable: each method returns a copy.
 * Built with {@link BrowserAssertions#get(String)} and its siblings.
 */
public final class Fetch {

	private final String method;

	private final String path;

	private final List<HeaderField> headers;

	private final boolean credentials;

	Fetch(String method, String path, List<HeaderField> headers, boolean credentials) {
		this.method = Objects.requireNonNull(method, "method");
		this.path = Objects.requireNonNull(path, "path");
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("The path '" + path + "' must start with '/'");
		}
		this.headers = List.copyOf(headers);
		this.credentials = credentials;
	}

	/**
	 * The same fetch with one more request header, as {@code headers: {...}} sets it.
	 * @param name the header name
	 * @param value the value
	 * @return the new fetch
	 */
	public Fetch header(String name, String value) {
		List<HeaderField> headers = new ArrayList<>(this.headers);
		headers.add(new HeaderField(name, value));
		return new Fetch(this.method, this.path, headers, this.credentials);
	}

	/**
	 * The same fetch with {@code credentials: 'include'}: the cookies and HTTP authentication the
	 * browser holds for the application ({@link BrowserAt#holdingCookie(String)},
	 * {@link BrowserAt#holdingHttpBasic(String, String)}) go along with the request (never with its
	 * preflight), and the browser then requires {@code Access-Control-Allow-Credentials: true} and
	 * the exact origin. A browser that holds none sends none, as a real one does.
	 * @return the new fetch
	 */
	public Fetch withCredentials() {
		return new Fetch(this.method, this.path, this.headers, true);
	}

	/**
	 * The method as the script wrote it.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * The path, with its query if any.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	boolean sendsCredentials() {
		return this.credentials;
	}

	BrowserRequest toBrowserRequest(String origin) {
		return new BrowserRequest(origin, this.method, this.headers,
				this.credentials ? CredentialsMode.INCLUDE : CredentialsMode.SAME_ORIGIN, false);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.method).append(' ').append(this.path);
		for (HeaderField header : this.headers) {
			text.append(" [").append(header.name()).append(": ").append(Secrets.shown(header)).append(']');
		}
		return this.credentials ? text.append(" with credentials").toString() : text.toString();
	}

}
