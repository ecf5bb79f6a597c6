package io.crossorigin.cors;

/**
 * Whether a policy changes what an application answers, or only reports what it would change.
 */
public enum PolicyMode {

	/** The policy answers preflights, writes the CORS headers and is the gate for them. The default. */
	ENFORCE,

	/**
	 * The policy decides, logs, meters and explains every request as in {@link #ENFORCE}, but
	 * changes nothing on the wire: whatever answered before (Spring's own CORS processing, or
	 * nothing) still answers, and what the policy would have answered differently is counted.
	 */
	REPORT_ONLY

}
