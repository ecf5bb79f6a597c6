package io.crossorigin.cors;

/**
 * What the engine decided for one request: its {@link Kind} and the {@link CorsReason}. Every
 * decision is a shared constant, so deciding allocates nothing, a refusal included; the offending
 * value of a refusal, for a log line, is read back from the request when it is wanted
 * ({@link CorsEngine#offendingValue(CorsPolicy, CorsRequest, CorsDecision)}).
 */
public final class CorsDecision {

	/** Longest detail kept: the rest of a hostile value is summarised by its length. */
	static final int MAX_DETAIL_LENGTH = 80;

	/**
	 * Every decision, by kind and reason (their ordinals, since a lookup is on every request's
	 * path): each cell is filled here, none is null.
	 */
	private static final CorsDecision[][] SHARED = new CorsDecision[Kind.values().length][CorsReason.values().length];

	static {
		for (Kind kind : Kind.values()) {
			for (CorsReason reason : CorsReason.values()) {
				SHARED[kind.ordinal()][reason.ordinal()] = new CorsDecision(kind, reason);
			}
		}
	}

	/** What happened to the request. */
	public enum Kind {

		/** Not a CORS request (no {@code Origin}, or the request's own): it proceeds. */
		NOT_CORS,

		/** A preflight the policy allows: answer it with 204 and the headers written. */
		PREFLIGHT_ACCEPTED,

		/** A preflight the policy refuses: answer it with 403 and no {@code Access-Control-*} header. */
		PREFLIGHT_REJECTED,

		/** A CORS request the policy allows: it proceeds, with the headers written. */
		ACTUAL_ALLOWED,

		/**
		 * A CORS request the policy refuses: it proceeds without {@code Access-Control-*} headers,
		 * so the browser withholds the response from the page.
		 */
		ACTUAL_DENIED,

		/**
		 * A CORS request the policy refuses under {@code disallowed-requests: refuse}: answer it
		 * with 403 before any handler, with no {@code Access-Control-*} header ({@code Vary} as
		 * for {@link #ACTUAL_DENIED}), so that its handler never runs.
		 */
		ACTUAL_REFUSED,

		/**
		 * A WebSocket handshake ({@code GET} with {@code Upgrade: websocket}) that goes on to its
		 * handler: its origin is allowed, is the request's own, or is absent (not a browser). No
		 * {@code Access-Control-*} header is written: a handshake is not a CORS exchange.
		 */
		HANDSHAKE_ALLOWED,

		/**
		 * A WebSocket handshake the policy refuses: answer it with 403 before any handler, with no
		 * {@code Access-Control-*} header. Browsers apply no CORS to WebSocket, so this answer is
		 * the only check there is.
		 */
		HANDSHAKE_REFUSED;

		/**
		 * Whether the request is a preflight.
		 * @return true for preflights
		 */
		public boolean isPreflight() {
			return this == PREFLIGHT_ACCEPTED || this == PREFLIGHT_REJECTED;
		}

		/**
		 * Whether the request is a WebSocket handshake.
		 * @return true for handshakes
		 */
		public boolean isHandshake() {
			return this == HANDSHAKE_ALLOWED || this == HANDSHAKE_REFUSED;
		}

		/**
		 * Whether the adapter must answer the request itself, with {@link CorsDecision#status()} and
		 * an empty body, instead of passing it on.
		 * @return true for preflights, refused actual requests and refused handshakes
		 */
		public boolean isAnswered() {
			return isPreflight() || this == ACTUAL_REFUSED || this == HANDSHAKE_REFUSED;
		}

	}

	private final Kind kind;

	private final CorsReason reason;

	private CorsDecision(Kind kind, CorsReason reason) {
		this.kind = kind;
		this.reason = reason;
	}

	static CorsDecision of(Kind kind, CorsReason reason) {
		return SHARED[kind.ordinal()][reason.ordinal()];
	}

	/**
	 * What happened.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Why.
	 * @return the reason
	 */
	public CorsReason reason() {
		return this.reason;
	}

	/**
	 * Whether the request is a preflight.
	 * @return true for preflights
	 */
	public boolean isPreflight() {
		return this.kind.isPreflight();
	}

	/**
	 * Whether the request is a WebSocket handshake.
	 * @return true for handshakes
	 */
	public boolean isHandshake() {
		return this.kind.isHandshake();
	}

	/**
	 * Whether the adapter must answer the request with {@link #status()} and an empty body instead
	 * of passing it on.
	 * @return true for preflights, refused actual requests and refused handshakes
	 */
	public boolean isAnswered() {
		return this.kind.isAnswered();
	}

	/**
	 * Whether the policy allowed the request (an accepted preflight or an allowed CORS request).
	 * @return true if allowed
	 */
	public boolean isAllowed() {
		return this.kind == Kind.PREFLIGHT_ACCEPTED || this.kind == Kind.ACTUAL_ALLOWED
				|| this.kind == Kind.HANDSHAKE_ALLOWED;
	}

	/**
	 * Whether the policy refused the request.
	 * @return true for a rejected preflight, a denied or refused CORS request or a refused handshake
	 */
	public boolean isRejected() {
		return this.kind == Kind.PREFLIGHT_REJECTED || this.kind == Kind.ACTUAL_DENIED
				|| this.kind == Kind.ACTUAL_REFUSED || this.kind == Kind.HANDSHAKE_REFUSED;
	}

	/**
	 * The status of the adapter's own answer ({@link #isAnswered()}): 204 for an accepted preflight,
	 * 403 for a rejected preflight, a refused actual request or a refused handshake.
	 * @return the status
	 * @throws IllegalStateException if the adapter does not answer the request
	 */
	public int status() {
		return switch (this.kind) {
			case PREFLIGHT_ACCEPTED -> 204;
			case PREFLIGHT_REJECTED, ACTUAL_REFUSED, HANDSHAKE_REFUSED -> 403;
			default -> throw new IllegalStateException(this.kind + " is not answered by the CORS processing");
		};
	}

	@Override
	public String toString() {
		return this.kind + ": " + this.reason.description();
	}

	/** Quotes a request-supplied value so that it cannot forge a log line or flood one. */
	static String sanitize(String value, int from, int to) {
		StringBuilder out = new StringBuilder(Math.min(to - from, MAX_DETAIL_LENGTH) + 16).append('\'');
		int end = Math.min(to, from + MAX_DETAIL_LENGTH);
		for (int i = from; i < end; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7F || c == '\'' || c == '\\' || c > 0x7E) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('\'');
		if (end < to) {
			out.append("... (").append(to - from).append(" characters)");
		}
		return out.toString();
	}

}
