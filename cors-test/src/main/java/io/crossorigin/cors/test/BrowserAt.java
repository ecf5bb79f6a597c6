package io.crossorigin.cors.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserProfile;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightCache;

/**
 * A browser showing a page of one origin: {@link #fetching(Fetch)} says what the page's script
 * asks for. Like a browser, it keeps the results of its preflights for their {@code max-age}, so
 * that a second fetch soon after the first sends none; its clock moves only with
 * {@link #waiting(Duration)}.
 */
public final class BrowserAt {

	private final String origin;

	private final PreflightCache preflightCache;

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final List<HeaderField> heldCredentials = new ArrayList<>();

	BrowserAt(String origin) {
		this(origin, BrowserProfile.FETCH_STANDARD);
	}

	private BrowserAt(String origin, BrowserProfile profile) {
		Objects.requireNonNull(origin, "origin");
		if (!BrowserCorsCheck.isSerializedOrigin(origin)) {
			throw new IllegalArgumentException("'" + origin + "' is not an origin as a browser sends it: scheme, host"
					+ " and a non-default port only, lower case, no path or trailing slash (or 'null')");
		}
		this.origin = origin;
		this.preflightCache = new PreflightCache(profile);
	}

	/**
	 * A browser at the same origin that judges by the given rules, with an empty preflight cache
	 * and the credentials this one holds.
	 * By default the kit judges by the Fetch standard, the strictest answer; Chromium and Firefox
	 * part from it in places (see {@link BrowserProfile#CHROMIUM} and {@link BrowserProfile#FIREFOX}).
	 * @param profile the browser's rules
	 * @return the browser
	 */
	public BrowserAt judgingAs(BrowserProfile profile) {
		BrowserAt browser = new BrowserAt(this.origin, Objects.requireNonNull(profile, "profile"));
		browser.heldCredentials.addAll(this.heldCredentials);
		return browser;
	}

	/**
	 * What the page's script fetches.
	 * @param fetch the request, from {@link BrowserAssertions#get(String)} and its siblings
	 * @return the fetch, to run {@code against} the application
	 */
	public PendingFetch fetching(Fetch fetch) {
		return new PendingFetch(this, Objects.requireNonNull(fetch, "fetch"));
	}

	/**
	 * A WebSocket the page opens: {@code new WebSocket("ws://server" + path)}.
	 * @param path the endpoint's path, such as {@code /ws/chat}
	 * @return the handshake, to run {@code against} a running server
	 */
	public PendingWebSocket openingWebSocket(String path) {
		Objects.requireNonNull(path, "path");
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("'" + path + "' is not a path: it must start with '/'");
		}
		return new PendingWebSocket(this.origin, path, false);
	}

	/**
	 * The browser holds a cookie for the application, as after a login: it goes along with every
	 * fetch {@linkplain Fetch#withCredentials() with credentials}, and with nothing else.
	 * @param cookie the cookie, {@code name=value}
	 * @return this browser
	 */
	public BrowserAt holdingCookie(String cookie) {
		Objects.requireNonNull(cookie, "cookie");
		if (cookie.indexOf('=') <= 0) {
			throw new IllegalArgumentException("A cookie is written name=value");
		}
		this.heldCredentials.add(new HeaderField("Cookie", cookie));
		return this;
	}

	/**
	 * The browser holds HTTP Basic credentials for the application, as after the user answered its
	 * login prompt: they go along with every fetch {@linkplain Fetch#withCredentials() with
	 * credentials} as {@code Authorization}, without the script setting that header (so they need
	 * no preflight and no {@code allowed-headers} entry), and with nothing else.
	 * @param user the user name
	 * @param password the password
	 * @return this browser
	 */
	public BrowserAt holdingHttpBasic(String user, String password) {
		String pair = Objects.requireNonNull(user, "user") + ":" + Objects.requireNonNull(password, "password");
		this.heldCredentials.add(new HeaderField("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
		return this;
	}

	List<HeaderField> heldCredentials() {
		return List.copyOf(this.heldCredentials);
	}

	/**
	 * Lets time pass for this browser: cached preflight results older than their {@code max-age}
	 * are then gone.
	 * @param duration how long
	 * @return this browser
	 */
	public BrowserAt waiting(Duration duration) {
		this.now = this.now.plus(duration);
		return this;
	}

	String origin() {
		return this.origin;
	}

	PreflightCache preflightCache() {
		return this.preflightCache;
	}

	Instant now() {
		return this.now;
	}

}
