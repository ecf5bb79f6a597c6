package io.crossorigin.cors.spring.mvc;

import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.CorsHeaders;
import io.crossorigin.cors.FieldValues;

/**
 * The response a policy covers, as everything behind {@link CorsPolicyFilter} sees it: the policy
 * is the gate. The {@code Access-Control-*} headers that leave are exactly those the policy
 * decided, whoever else tries to write some (a handler, a filter, a service behind a gateway);
 * {@code Vary} takes what others add, each token once, and keeps the policy's; after a
 * {@link #reset()} the policy's headers are written again.
 */
final class PolicyGatedResponse extends HttpServletResponseWrapper {

	private final Runnable policyHeaders;

	/**
	 * @param response the response, which holds the policy's headers already
	 * @param policyHeaders writes the policy's headers to {@code response} (again), merging its
	 * {@code Vary} tokens into what is there
	 */
	PolicyGatedResponse(HttpServletResponse response, Runnable policyHeaders) {
		super(response);
		this.policyHeaders = policyHeaders;
	}

	@Override
	public void setHeader(String name, @Nullable String value) {
		if (isAccessControl(name)) {
			return;
		}
		if (isVary(name)) {
			setVary(FieldValues.varyUnion(value, null));
			this.policyHeaders.run();
			return;
		}
		super.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, @Nullable String value) {
		if (isAccessControl(name)) {
			return;
		}
		if (isVary(name)) {
			setVary(FieldValues.varyUnion(vary(), value));
			return;
		}
		super.addHeader(name, value);
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!isAccessControl(name)) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (!isAccessControl(name)) {
			super.addIntHeader(name, value);
		}
	}

	@Override
	public void setDateHeader(String name, long date) {
		if (!isAccessControl(name)) {
			super.setDateHeader(name, date);
		}
	}

	@Override
	public void addDateHeader(String name, long date) {
		if (!isAccessControl(name)) {
			super.addDateHeader(name, date);
		}
	}

	@Override
	public void reset() {
		super.reset();
		this.policyHeaders.run();
	}

	private @Nullable String vary() {
		Collection<String> values = getHeaders(CorsHeaders.VARY);
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

	private void setVary(@Nullable String value) {
		super.setHeader(CorsHeaders.VARY, value);
	}

	private static boolean isAccessControl(String name) {
		return CorsHeaders.isAccessControl(name);
	}

	private static boolean isVary(String name) {
		return CorsHeaders.isVary(name);
	}

}
