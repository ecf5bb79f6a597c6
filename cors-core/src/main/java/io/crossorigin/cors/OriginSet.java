package io.crossorigin.cors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.crossorigin.cors.internal.origin.InvalidOriginException;
import io.crossorigin.cors.internal.origin.OriginMatcher;
import io.crossorigin.cors.internal.origin.OriginPattern;

/**
 * Allowed origins that change while the application runs, such as the custom domains of a
 * SaaS application's tenants: give it to a policy ({@link CorsPolicyBuilder#allowedOriginSets(OriginSet...)})
 * and {@link #replace(Collection) replace} its entries whenever they change. Each replacement is
 * validated as a whole and swapped in atomically (a lookup sees the old entries or the new ones,
 * never a mix); a lookup is a hash probe whose cost does not grow with the number of entries.
 *
 * <p>Entries are exact origins and origin patterns ({@code https://*.tenant.example},
 * {@code https://shop.example:*}), validated as for a policy that allows credentials: neither
 * {@code *} nor {@code null}, and no plain-http origin but a loopback one.
 */
public final class OriginSet {

	private volatile Entries entries = Entries.EMPTY;

	/**
	 * An empty set.
	 */
	public OriginSet() {
	}

	/**
	 * A set of the given entries.
	 * @param origins the entries
	 * @return the set
	 * @throws InvalidCorsPolicyException listing every invalid entry
	 */
	public static OriginSet of(Collection<String> origins) {
		OriginSet set = new OriginSet();
		set.replace(origins);
		return set;
	}

	/**
	 * Replaces every entry, if all the new ones are valid; otherwise nothing changes.
	 * @param origins the new entries
	 * @throws InvalidCorsPolicyException listing every invalid entry, each with its index
	 */
	public void replace(Collection<String> origins) {
		List<String> entries = List.copyOf(origins);
		List<OriginPattern> patterns = new ArrayList<>(entries.size());
		List<PolicyProblem> problems = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			try {
				OriginPattern pattern = OriginPattern.parse(entry);
				ProblemCode code = problem(pattern);
				if (code != null) {
					problems.add(new PolicyProblem(code, PolicySetting.ALLOWED_ORIGINS, i, entry, describe(code),
							"list https origins (or loopback ones) and origin patterns only"));
				}
				else {
					patterns.add(pattern);
				}
			}
			catch (InvalidOriginException ex) {
				problems.add(new PolicyProblem(ex.code(), PolicySetting.ALLOWED_ORIGINS, i, entry, ex.problem(),
						ex.fix()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsPolicyException(problems);
		}
		this.entries = new Entries(patterns.stream().map(OriginPattern::toString).distinct().toList(),
				OriginMatcher.of(patterns));
	}

	private static @Nullable ProblemCode problem(OriginPattern pattern) {
		return switch (pattern.kind()) {
			case ANY -> ProblemCode.ORIGIN_SET_ANY_ORIGIN;
			case NULL -> ProblemCode.ORIGIN_SET_NULL_ORIGIN;
			case TUPLE -> pattern.isInsecure() ? ProblemCode.ORIGIN_SET_INSECURE_ORIGIN : null;
		};
	}

	private static String describe(ProblemCode code) {
		return switch (code) {
			case ORIGIN_SET_ANY_ORIGIN -> "allows every origin, which a set of origins that changes at runtime must not";
			case ORIGIN_SET_NULL_ORIGIN -> "is the opaque origin 'null', which any sandboxed document can claim";
			default -> "is a plain-http origin: anyone on the network path can script it";
		};
	}

	/**
	 * Whether an {@code Origin} header value is one of the entries or matches one of the patterns.
	 * @param origin the value
	 * @return true if it does
	 */
	public boolean matches(String origin) {
		return this.entries.matcher().matches(origin);
	}

	/**
	 * The entries, normalised, as last replaced.
	 * @return the entries
	 */
	public List<String> origins() {
		return this.entries.origins();
	}

	/**
	 * How many entries the set holds.
	 * @return the number of entries
	 */
	public int size() {
		return this.entries.origins().size();
	}

	private record Entries(List<String> origins, OriginMatcher matcher) {

		static final Entries EMPTY = new Entries(List.of(), OriginMatcher.of(List.of()));

	}

}
