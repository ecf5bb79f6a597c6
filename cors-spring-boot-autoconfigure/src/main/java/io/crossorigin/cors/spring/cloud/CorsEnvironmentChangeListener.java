package io.crossorigin.cors.spring.cloud;

import java.util.Locale;
import java.util.Set;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;

import io.crossorigin.cors.spring.CorsPolicyRegistry;

/**
 * Reloads the policies when Spring Cloud reports that a {@code cors.*} property changed: after a
 * {@code /actuator/refresh}, or on every instance at once when Spring Cloud Bus relays a change of
 * Spring Cloud Config. An invalid change is refused by the registry, which logs why at ERROR and
 * keeps the policies in force.
 */
public class CorsEnvironmentChangeListener implements ApplicationListener<EnvironmentChangeEvent> {

	private final CorsPolicyRegistry registry;

	/**
	 * Creates a listener.
	 * @param registry the registry to reload
	 */
	public CorsEnvironmentChangeListener(CorsPolicyRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		if (!concernsCors(event.getKeys())) {
			return;
		}
		try {
			this.registry.reload();
		}
		catch (RuntimeException ex) {
			// an invalid configuration, or one that does not bind: logged at ERROR by the registry;
			// the policies in force stay, and the refresh goes on
		}
	}

	/** Whether a key is a {@code cors.*} property, in any of the forms property sources use. */
	static boolean concernsCors(Set<String> keys) {
		for (String key : keys) {
			String name = key.toLowerCase(Locale.ROOT);
			if (name.startsWith("cors.") || name.startsWith("cors_") || name.startsWith("cors[")) {
				return true;
			}
		}
		return false;
	}

}
