package io.crossorigin.cors.test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.browser.BrowserCorsCheck;
import io.crossorigin.cors.browser.BrowserFetch;
import io.crossorigin.cors.browser.BrowserFetch.FetchOutcome;
import io.crossorigin.cors.browser.BrowserRequest;
import io.crossorigin.cors.browser.BrowserResponse;
import io.crossorigin.cors.browser.CorsFailure;
import io.crossorigin.cors.browser.HeaderField;
import io.crossorigin.cors.browser.PreflightCache;

/**
 * What a browser at one origin made of one fetch against the application: whether it sent a
 * preflight, whether the page may read the response, why not, and what the server answered.
 */
public final class BrowserVerdict {

	/** How a failure says that a redirect left the application under test. */
	static final String OUTSIDE = "outside the application under test";

	private final String origin;

	private final Fetch fetch;

	private final FetchOutcome outcome;

	private final List<ServerExchange> exchanges;

	private final boolean needsPreflight;

	private final boolean leftTheApplication;

	private BrowserVerdict(String origin, Fetch fetch, FetchOutcome outcome, List<ServerExchange> exchanges,
			boolean needsPreflight, boolean leftTheApplication) {
		this.origin = origin;
		this.fetch = fetch;
		this.outcome = outcome;
		this.exchanges = List.copyOf(exchanges);
		this.needsPreflight = needsPreflight;
		this.leftTheApplication = leftTheApplication;
	}

	/** Runs the fetch as a browser with an empty preflight cache would. */
	static BrowserVerdict judge(String origin, Fetch fetch, CorsTarget target) {
		return judge(origin, fetch, target, new PreflightCache(), Instant.EPOCH, List.of());
	}

	/**
	 * Runs the fetch as a browser would: the preflight if one is needed and not cached, then the
	 * request, then each redirect the application answers, as long as it stays on the
	 * application's origin (the kit cannot see what another server answers). The credentials the
	 * browser holds for the application go along with a credentialed fetch's requests, never with
	 * a preflight, as a browser sends them.
	 */
	static BrowserVerdict judge(String origin, Fetch fetch, CorsTarget target, PreflightCache cache, Instant now,
			List<HeaderField> heldCredentials) {
		BrowserRequest request = fetch.toBrowserRequest(origin);
		String application = BrowserCorsCheck.originOf(target.base());
		List<ServerExchange> exchanges = new ArrayList<>();
		List<URI> elsewhere = new ArrayList<>(1);
		FetchOutcome outcome = BrowserFetch.fetch(request, target.base().resolve(fetch.path()), (url, method, headers) -> {
			if (!BrowserCorsCheck.originOf(url).equals(application)) {
				elsewhere.add(url);
				return null;
			}
			String path = url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "");
			List<HeaderField> sent = headers;
			if (fetch.sendsCredentials() && !heldCredentials.isEmpty() && !isPreflight(method, headers)) {
				sent = new ArrayList<>(headers);
				sent.addAll(heldCredentials);
			}
			CorsTarget.Answer answer = target.send(method, path, sent);
			exchanges.add(new ServerExchange(method, path, sent, answer.response(), answer.serverAccount()));
			return answer.response();
		}, cache, now);
		if (!elsewhere.isEmpty()) {
			outcome = new FetchOutcome(outcome.preflighted(), false, "the browser follows a redirect to " + elsewhere.get(0)
					+ ", " + OUTSIDE + ": the kit cannot tell what that server answers", Set.of(), CorsFailure.NO_RESPONSE);
		}
		return new BrowserVerdict(origin, fetch, outcome, exchanges, BrowserCorsCheck.needsPreflight(request),
				!elsewhere.isEmpty());
	}

	private static boolean isPreflight(String method, List<HeaderField> headers) {
		return method.equals("OPTIONS")
				&& headers.stream().anyMatch((header) -> header.name().equalsIgnoreCase("Access-Control-Request-Method"));
	}

	/**
	 * The page's origin.
	 * @return the origin
	 */
	public String origin() {
		return this.origin;
	}

	/**
	 * What the page asked for.
	 * @return the fetch
	 */
	public Fetch fetch() {
		return this.fetch;
	}

	/**
	 * Whether the page may read the response.
	 * @return true if {@code fetch()} resolves
	 */
	public boolean isAllowed() {
		return this.outcome.readable();
	}

	/**
	 * Whether the browser sent a preflight first.
	 * @return true if it did
	 */
	public boolean sentPreflight() {
		return this.outcome.preflighted();
	}

	/**
	 * Whether the request is one a browser preflights (not simple), whether or not a cached
	 * preflight result spared it this time.
	 * @return true if its method or headers are not CORS-safelisted
	 */
	public boolean needsPreflight() {
		return this.needsPreflight;
	}

	/**
	 * Why the browser blocked the response, in its own terms; null when allowed.
	 * @return the reason
	 */
	public @Nullable String failure() {
		return this.outcome.failure();
	}

	/**
	 * Which of the browser's checks blocked the response; null when allowed.
	 * @return the kind of failure
	 */
	public @Nullable CorsFailure failureKind() {
		return this.outcome.failureKind();
	}

	/** Whether a redirect took the fetch to another origin, beyond what the kit can see. */
	boolean leftTheApplication() {
		return this.leftTheApplication;
	}

	/** Whether the browser gave up at a preflight (the last request it sent was one). */
	boolean failedAtPreflight() {
		return !this.exchanges.isEmpty() && this.exchanges.get(this.exchanges.size() - 1).isPreflight()
				&& !isAllowed();
	}

	/**
	 * The response header names the page may read, lower case; empty when blocked.
	 * @return the names
	 */
	public Set<String> readableHeaderNames() {
		return this.outcome.readableHeaderNames();
	}

	/**
	 * The status of the final response (after any redirects, which a page never sees), or -1 when
	 * the browser never sent the request (a failed preflight).
	 * @return the status
	 */
	public int status() {
		for (int i = this.exchanges.size() - 1; i >= 0; i--) {
			if (!this.exchanges.get(i).isPreflight()) {
				return this.exchanges.get(i).response().status();
			}
		}
		return -1;
	}

	/** The lower-case names a preflight asked for, as {@code Access-Control-Request-Headers} lists them. */
	List<String> requestedHeaderNames() {
		for (ServerExchange exchange : this.exchanges) {
			if (exchange.isPreflight()) {
				for (HeaderField header : exchange.requestHeaders()) {
					if (header.name().equalsIgnoreCase("Access-Control-Request-Headers")) {
						return List.of(header.value().split(","));
					}
				}
			}
		}
		return List.of();
	}

	/** The requests sent and the answers, one per line, for failure messages. */
	String transcript() {
		StringBuilder text = new StringBuilder();
		for (ServerExchange exchange : this.exchanges) {
			text.append("\n  ").append(exchange.describe());
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return "a browser at " + this.origin + " fetching " + this.fetch;
	}

}
