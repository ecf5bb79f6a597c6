package io.crossorigin.cors.origin;

/**
 * An allowed-origin entry that cannot be used, with what is wrong and how to fix it.
 */
public final class InvalidOriginException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String fix;

	InvalidOriginException(String problem, String fix) {
		super(problem);
		this.fix = fix;
	}

	/**
	 * What is wrong with the entry.
	 * @return the problem, as a sentence fragment
	 */
	public String problem() {
		return getMessage();
	}

	/**
	 * How to fix the entry.
	 * @return the advice
	 */
	public String fix() {
		return this.fix;
	}

}
