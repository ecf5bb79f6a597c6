package io.crossorigin.cors.benchmarks;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A servlet request that keeps its headers and attributes as a server does: in arrays kept from
 * one request to the next and recycled between them (Tomcat's {@code MimeHeaders}), read without
 * building a key per lookup, where {@link MockHttpServletRequest} lower-cases every header name it
 * is asked for and builds a map entry per attribute. What is not about the request line, headers
 * or attributes goes to a mock shared by every request.
 */
final class RecycledServletRequest extends HttpServletRequestWrapper {

	private static final int CAPACITY = 16;

	private final String[] headerNames = new String[CAPACITY];

	private final String[] headerValues = new String[CAPACITY];

	private int headerCount;

	private final String[] attributeNames = new String[CAPACITY];

	private final Object[] attributeValues = new Object[CAPACITY];

	private int attributeCount;

	private String method;

	private String requestUri;

	RecycledServletRequest() {
		super(new MockHttpServletRequest());
	}

	/**
	 * Makes the request new, as a server recycles it for the next one; keeps the arrays.
	 * @param method the method
	 * @param requestUri the path
	 * @return this request
	 */
	RecycledServletRequest recycle(String method, String requestUri) {
		for (int i = 0; i < CAPACITY; i++) {
			this.headerNames[i] = null;
			this.headerValues[i] = null;
			this.attributeNames[i] = null;
			this.attributeValues[i] = null;
		}
		this.headerCount = 0;
		this.attributeCount = 0;
		this.method = method;
		this.requestUri = requestUri;
		return this;
	}

	RecycledServletRequest header(String name, String value) {
		this.headerNames[this.headerCount] = name;
		this.headerValues[this.headerCount] = value;
		this.headerCount++;
		return this;
	}

	@Override
	public String getMethod() {
		return this.method;
	}

	@Override
	public String getRequestURI() {
		return this.requestUri;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer("https://api.example.com").append(this.requestUri);
	}

	@Override
	public String getContextPath() {
		return "";
	}

	@Override
	public String getServletPath() {
		return "";
	}

	@Override
	public String getPathInfo() {
		return this.requestUri;
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getScheme() {
		return "https";
	}

	@Override
	public String getServerName() {
		return "api.example.com";
	}

	@Override
	public int getServerPort() {
		return 443;
	}

	@Override
	public boolean isSecure() {
		return true;
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	@Override
	public boolean isAsyncStarted() {
		return false;
	}

	@Override
	public String getHeader(String name) {
		for (int i = 0; i < this.headerCount; i++) {
			if (this.headerNames[i].equalsIgnoreCase(name)) {
				return this.headerValues[i];
			}
		}
		return null;
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String value = getHeader(name);
		return Collections.enumeration((value != null) ? List.of(value) : List.of());
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(Arrays.asList(this.headerNames).subList(0, this.headerCount));
	}

	@Override
	public Object getAttribute(String name) {
		int index = attributeIndex(name);
		return (index >= 0) ? this.attributeValues[index] : null;
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(Arrays.asList(this.attributeNames).subList(0, this.attributeCount));
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (value == null) {
			removeAttribute(name);
			return;
		}
		int index = attributeIndex(name);
		if (index >= 0) {
			this.attributeValues[index] = value;
			return;
		}
		this.attributeNames[this.attributeCount] = name;
		this.attributeValues[this.attributeCount] = value;
		this.attributeCount++;
	}

	@Override
	public void removeAttribute(String name) {
		int index = attributeIndex(name);
		if (index < 0) {
			return;
		}
		this.attributeCount--;
		this.attributeNames[index] = this.attributeNames[this.attributeCount];
		this.attributeValues[index] = this.attributeValues[this.attributeCount];
		this.attributeNames[this.attributeCount] = null;
		this.attributeValues[this.attributeCount] = null;
	}

	private int attributeIndex(String name) {
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.attributeNames[i].equals(name)) {
				return i;
			}
		}
		return -1;
	}

}
