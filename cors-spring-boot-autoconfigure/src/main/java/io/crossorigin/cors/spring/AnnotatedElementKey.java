package io.crossorigin.cors.spring;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * A class, or a method of a class, that may carry {@link CrossOriginPolicy}.
 *
 * @param type the (user) class
 * @param method the method, or null for the class itself
 */
record AnnotatedElementKey(Class<?> type, @Nullable Method method) {

	/** How problems and reports name it: {@code Simple.method()} for a method, the class's name for a class. */
	String name() {
		Method method = this.method;
		return (method != null) ? this.type.getSimpleName() + "." + method.getName() + "()" : this.type.getName();
	}

	@Nullable CrossOriginPolicy annotation() {
		Method method = this.method;
		return (method != null) ? AnnotatedElementUtils.findMergedAnnotation(method, CrossOriginPolicy.class)
				: AnnotatedElementUtils.findMergedAnnotation(this.type, CrossOriginPolicy.class);
	}

}
