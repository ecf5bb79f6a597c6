package io.crossorigin.cors.spring;

/**
 * A named policy's settings as defined, before compilation: by {@code cors.policies}, by a
 * {@link CorsPolicyRegistrar}, or through {@link CorsPolicyRegistry#register}.
 *
 * @param name the policy's name
 * @param settings its settings; what it leaves unset comes from {@code cors.defaults}
 * @param prefix how a problem's path starts, e.g. {@code cors.policies.api.}
 * @param source where it was defined, for reports
 */
record CorsPolicyDefinition(String name, CorsPolicyProperties settings, String prefix, String source) {
}
