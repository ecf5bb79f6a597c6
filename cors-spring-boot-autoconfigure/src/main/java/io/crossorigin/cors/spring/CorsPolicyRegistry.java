package io.crossorigin.cors.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.server.PathContainer;

import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.spring.CorsPolicySet.AnnotatedElementKey;

/**
 * The named policies in force: those of {@code cors.policies}, those {@link CorsPolicyRegistrar}
 * beans register and those {@link #register registered} through this registry, validated alike
 * and compiled into one {@link CorsPolicySet}. {@link #reload()} reads the properties again,
 * calls the registrars again and swaps the new set in whole; a request in flight keeps the set it
 * selected its policy from. A set that does not validate is never swapped in: the one in force
 * stays, and the problems are reported exactly as at startup.
 */
public class CorsPolicyRegistry {

	private static final Log logger = LogFactory.getLog(CorsDecisionLogger.CATEGORY);

	private final Supplier<CorsProperties> properties;

	private final Supplier<? extends Collection<CorsPolicyRegistrar>> registrars;

	private final Environment environment;

	private final Clock clock;

	private final Function<String, OriginSet> originSets;

	private final Map<String, Consumer<CorsPolicyProperties>> registered = new LinkedHashMap<>();

	private final Object lock = new Object();

	private volatile Collection<AnnotatedElementKey> annotated = List.of();

	private volatile CorsPolicySet current;

	/**
	 * Creates a registry and loads its policies.
	 * @param properties reads {@code cors.*} (at startup, and again on each reload)
	 * @param registrars the registrars (called at startup, and again on each reload)
	 * @param environment resolves placeholders and tells which file defined a property
	 * @param clock tells when policies were loaded
	 * @param originSets finds the {@link OriginSet} bean an origin entry {@code bean:name} names, or null
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	CorsPolicyRegistry(Supplier<CorsProperties> properties, Supplier<? extends Collection<CorsPolicyRegistrar>> registrars,
			Environment environment, Clock clock, Function<String, OriginSet> originSets) {
		this.properties = properties;
		this.registrars = registrars;
		this.environment = environment;
		this.clock = clock;
		this.originSets = originSets;
		this.current = load(properties.get(), this.registered, this.annotated);
	}

	/**
	 * Validates and compiles the policies of fixed properties, without registrars.
	 * @param properties the bound properties
	 * @return the registry
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	public static CorsPolicyRegistry of(CorsProperties properties) {
		return new CorsPolicyRegistry(() -> properties, List::of, new StandardEnvironment(), Clock.systemUTC(),
				(name) -> null);
	}

	/**
	 * The set of policies in force. Select a request's policy from one set: a reload may swap in
	 * another at any time.
	 * @return the current set
	 */
	public CorsPolicySet current() {
		return this.current;
	}

	/**
	 * The named policies in force, in the order they were defined.
	 * @return the policies by name
	 */
	public Map<String, NamedCorsPolicy> policies() {
		return this.current.policies();
	}

	/**
	 * The policy a request path selects in the set in force.
	 * @param path the path within the application
	 * @return the policy with the most specific matching pattern, or null
	 */
	public NamedCorsPolicy forPath(PathContainer path) {
		return this.current.forPath(path);
	}

	/**
	 * A policy by name, in the set in force.
	 * @param name the name it was defined under
	 * @return the policy, or null if there is none by that name
	 */
	public NamedCorsPolicy policy(String name) {
		return this.current.policy(name);
	}

	/**
	 * Settings of the set in force that are valid but probably not meant.
	 * @return the warnings
	 */
	public List<CorsConfigurationProblem> warnings() {
		return this.current.warnings();
	}

	/**
	 * Reads {@code cors.*} again, calls every {@link CorsPolicyRegistrar} again, and swaps in the
	 * new set of policies if it is valid.
	 * @return the set now in force
	 * @throws InvalidCorsConfigurationException if the new configuration is invalid; the set in
	 * force stays, and the problems are logged at ERROR
	 */
	public CorsPolicySet reload() {
		synchronized (this.lock) {
			return swap(this.registered, "reload");
		}
	}

	/**
	 * Adds a named policy in code, validated like properties, and swaps in the set that holds it.
	 * It stays across reloads.
	 * @param name the policy's name; not one defined already
	 * @param settings sets the policy's settings, as a {@code cors.policies} entry would
	 * @return the set now in force
	 * @throws InvalidCorsConfigurationException if the policy is invalid; nothing changes
	 */
	public CorsPolicySet register(String name, Consumer<CorsPolicyProperties> settings) {
		synchronized (this.lock) {
			Map<String, Consumer<CorsPolicyProperties>> registered = new LinkedHashMap<>(this.registered);
			registered.put(name, settings);
			CorsPolicySet set = swap(registered, "registration of '" + name + "'");
			this.registered.put(name, settings);
			return set;
		}
	}

	/**
	 * Derives and validates the policies of the classes and methods that carry
	 * {@link CrossOriginPolicy}, now and on every reload.
	 * @param elements the annotated elements
	 * @throws InvalidCorsConfigurationException listing every invalid annotation
	 */
	void annotated(Collection<AnnotatedElementKey> elements) {
		synchronized (this.lock) {
			List<AnnotatedElementKey> all = List.copyOf(elements);
			// the set in force derives them: nothing to bind or compile again
			this.current.deriveAll(all);
			this.annotated = all;
		}
	}

	/**
	 * Whether any class or method known at startup carries {@link CrossOriginPolicy}.
	 * @return true if annotated elements were found
	 */
	boolean hasAnnotatedElements() {
		return !this.annotated.isEmpty();
	}

	/** Loads a new set from the properties as they are now and swaps it in, or refuses it at ERROR. */
	private CorsPolicySet swap(Map<String, Consumer<CorsPolicyProperties>> registered, String what) {
		String refused = "CORS " + what + " refused; the policies loaded at " + this.current.loadedAt() + " stay in force. ";
		CorsProperties bound;
		try {
			bound = this.properties.get();
		}
		catch (RuntimeException ex) {
			logger.error(refused + "Could not bind cors.*: " + ex.getMessage(), ex);
			throw ex;
		}
		CorsPolicySet next;
		try {
			next = load(bound, registered, this.annotated);
		}
		catch (InvalidCorsConfigurationException ex) {
			logger.error(refused + CorsConfigurationReport.description(ex.problems())
					+ CorsConfigurationReport.action(ex.problems()));
			throw ex;
		}
		this.current = next;
		logger.info("CORS " + what + ": " + next.policies().size() + " policies in force " + next.policies().keySet());
		return next;
	}

	private CorsPolicySet load(CorsProperties properties, Map<String, Consumer<CorsPolicyProperties>> registered,
			Collection<AnnotatedElementKey> annotated) {
		List<CorsPolicyDefinition> definitions = new ArrayList<>();
		PropertyOrigins origins = new PropertyOrigins(this.environment);
		properties.getPolicies().forEach((name, settings) -> definitions.add(new CorsPolicyDefinition(name, settings,
				"cors.policies." + name + ".", origins.describe("cors.policies." + name))));
		for (CorsPolicyRegistrar registrar : this.registrars.get()) {
			registrar.registerPolicies(new Registrations(definitions, "CorsPolicyRegistrar " + registrar.getClass().getName()));
		}
		Registrations registrations = new Registrations(definitions, "CorsPolicyRegistry.register");
		registered.forEach(registrations::add);
		CorsPolicySet set = CorsPolicySet.compile(properties.getDefaults(), definitions, annotated, this.environment,
				this.originSets, this.clock.instant());
		set.warnings().forEach(CorsDecisionLogger::warn);
		return set;
	}

	/** Adds what one registrar registers to the definitions, as coming from it. */
	private record Registrations(List<CorsPolicyDefinition> definitions, String source) implements CorsPolicyRegistrations {

		@Override
		public CorsPolicyRegistrations add(String name, Consumer<CorsPolicyProperties> settings) {
			CorsPolicyProperties properties = new CorsPolicyProperties();
			settings.accept(properties);
			this.definitions.add(new CorsPolicyDefinition(name, properties, this.source + ": " + name + ".", this.source));
			return this;
		}

	}

}
