package io.crossorigin.cors.spring;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a native image needs to know of the starter and its engine, beyond what Spring's own
 * ahead-of-time processing finds (configuration properties, beans, {@code @CrossOriginPolicy}
 * handlers, which the annotation marks {@code @Reflective}):
 * <ul>
 * <li>the Public Suffix List that {@code cors-core} reads as a resource, to refuse
 * {@code https://*.co.uk};</li>
 * <li>the attribute methods of {@code @CrossOriginPolicy}, which Spring's annotation support reads
 * reflectively;</li>
 * <li>Reactor Netty's {@code Connection}, whose presence is looked up by name.</li>
 * </ul>
 */
class CorsRuntimeHints implements RuntimeHintsRegistrar {

	/** {@code cors-core}'s copy of the Public Suffix List (the engine has no Spring to register it). */
	static final String PUBLIC_SUFFIX_LIST = "io/crossorigin/cors/internal/origin/public_suffix_list.dat";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(PUBLIC_SUFFIX_LIST);
		hints.reflection().registerType(CrossOriginPolicy.class, MemberCategory.INVOKE_DECLARED_METHODS);
		hints.reflection().registerType(TypeReference.of("reactor.netty.Connection"));
	}

}
