package io.crossorigin.cors.spring;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;


/**
 * Finds, once every singleton exists, each bean class and method that carries
 * {@link CrossOriginPolicy}, on either stack, and has the registry derive and validate their
 * policies (failing startup if one is invalid, and again on every reload). Scanning bean types
 * rather than the handler mappings of one stack also covers handlers registered later
 * ({@code RequestMappingHandlerMapping.registerMapping}) for beans of the context.
 */
final class CrossOriginPolicyScanner implements SmartInitializingSingleton {

	private final ListableBeanFactory beanFactory;

	private final ObjectProvider<CorsPolicyRegistry> registry;

	CrossOriginPolicyScanner(ListableBeanFactory beanFactory, ObjectProvider<CorsPolicyRegistry> registry) {
		this.beanFactory = beanFactory;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		CorsPolicyRegistry registry = this.registry.getIfUnique();
		if (registry != null) {
			registry.annotated(scan());
		}
	}

	List<AnnotatedElementKey> scan() {
		Set<Class<?>> types = new LinkedHashSet<>();
		for (String name : this.beanFactory.getBeanNamesForType(Object.class, true, false)) {
			Class<?> type = this.beanFactory.getType(name, false);
			if (type != null) {
				types.add(ClassUtils.getUserClass(type));
			}
		}
		List<AnnotatedElementKey> elements = new ArrayList<>();
		for (Class<?> type : types) {
			if (!AnnotationUtils.isCandidateClass(type, CrossOriginPolicy.class)) {
				continue;
			}
			if (AnnotatedElementUtils.hasAnnotation(type, CrossOriginPolicy.class)) {
				elements.add(new AnnotatedElementKey(type, null));
			}
			for (Method method : MethodIntrospector.selectMethods(type,
					(MethodIntrospector.MetadataLookup<CrossOriginPolicy>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, CrossOriginPolicy.class))
				.keySet()) {
				elements.add(new AnnotatedElementKey(type, method));
			}
		}
		return elements;
	}

}
