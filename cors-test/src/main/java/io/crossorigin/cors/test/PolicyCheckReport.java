package io.crossorigin.cors.test;

import java.util.List;

/**
 * What a passing {@link PolicyCheck} covered.
 *
 * @param checked the names of the policies checked through one of their paths
 * @param skipped each policy no path selects, with the reason: check those on their handlers'
 * paths with {@code assertThatBrowserAt(...)}
 * @param checks how many checks passed
 */
public record PolicyCheckReport(List<String> checked, List<String> skipped, int checks) {
}
