package io.crossorigin.cors;

/**
 * What happens to an actual CORS request whose origin or method a policy does not allow.
 */
public enum DisallowedRequests {

	/**
	 * It proceeds without {@code Access-Control-*} headers, and the browser withholds the response
	 * from the page (the Fetch standard's model). The default: the handler runs, as it would for a
	 * request from a plain HTML form, which CORS never stopped.
	 */
	PASS,

	/**
	 * It is answered 403 before any handler runs, with no {@code Access-Control-*} header, as
	 * Spring's own CORS processing answers: the handler of a state-changing request from a refused
	 * origin never runs.
	 */
	REFUSE

}
