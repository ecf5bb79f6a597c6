package io.crossorigin.cors.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.server.PathContainer;

import io.crossorigin.cors.CorsPolicy;
import io.crossorigin.cors.OriginSet;

/**
 * The named policies in force: those {@link CorsPolicyRegistrar}s register ({@code cors.policies}
 * is one registrar, the first) and those {@link #register registered} through this registry,
 * validated alike and compiled into one {@link CorsPolicySet}. {@link #reload()} reads {@code cors.defaults}
 * again, calls the registrars again and swaps the new set in whole; a request in flight keeps the set it
 * selected its policy from. A set that does not validate is never swapped in: the one in force
 * stays, and the problems are reported exactly as at startup.
 */
public class CorsPolicyRegistry {

	private static final Log logger = LogFactory.getLog(CorsDecisionLogger.CATEGORY);

	private final Supplier<CorsPolicyProperties> defaults;

	private final Supplier<? extends Collection<CorsPolicyRegistrar>> registrars;

	private final Environment environment;

	private final Clock clock;

	private final Function<String, @Nullable OriginSet> originSets;

	/** What {@link #register} added, by name: each adds itself to the registrations of every load. */
	private final Map<String, Consumer<CorsPolicyRegistrations>> registered = new LinkedHashMap<>();

	private final Object lock = new Object();

	private volatile Collection<AnnotatedElementKey> annotated = List.of();

	private volatile CorsPolicySet current;

	/**
	 * Creates a registry and loads its policies.
	 * @param defaults reads {@code cors.defaults} (at startup, and again on each reload)
	 * @param registrars the registrars, in order, {@code cors.policies}' among them (called at
	 * startup, and again on each reload)
	 * @param environment resolves placeholders and tells which file defined a property
	 * @param clock tells when policies were loaded
	 * @param originSets finds the {@link OriginSet} bean an origin entry {@code bean:name} names, or null
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	CorsPolicyRegistry(Supplier<CorsPolicyProperties> defaults,
			Supplier<? extends Collection<CorsPolicyRegistrar>> registrars, Environment environment, Clock clock,
			Function<String, @Nullable OriginSet> originSets) {
		this.defaults = defaults;
		this.registrars = registrars;
		this.environment = environment;
		this.clock = clock;
		this.originSets = originSets;
		this.current = load(this.registered, this.annotated);
	}

	/**
	 * Validates and compiles the policies of fixed properties, with no other registrar.
	 * @param properties the bound properties
	 * @return the registry
	 * @throws InvalidCorsConfigurationException listing every problem, if any
	 */
	public static CorsPolicyRegistry of(CorsProperties properties) {
		StandardEnvironment environment = new StandardEnvironment();
		return new CorsPolicyRegistry(properties::getDefaults,
				() -> List.of(new PropertiesCorsPolicyRegistrar(() -> properties, environment)), environment,
				Clock.systemUTC(), (name) -> null);
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
	public @Nullable NamedCorsPolicy forPath(PathContainer path) {
		return this.current.forPath(path);
	}

	/**
	 * A policy by name, in the set in force.
	 * @param name the name it was defined under
	 * @return the policy, or null if there is none by that name
	 */
	public @Nullable NamedCorsPolicy policy(String name) {
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
		return registerInCode(name, (registrations) -> registrations.add(name, settings));
	}

	/**
	 * Adds a policy built in code, complete as it is ({@code cors.defaults} does not apply), and
	 * swaps in the set that holds it. It stays across reloads.
	 * @param name the policy's name; not one defined already
	 * @param policy the policy
	 * @param pathPatterns the request paths it applies to; none for a policy that applies only
	 * where {@code @CrossOriginPolicy} names it
	 * @return the set now in force
	 * @throws InvalidCorsConfigurationException if a path pattern is invalid; nothing changes
	 */
	public CorsPolicySet register(String name, CorsPolicy policy, String... pathPatterns) {
		String[] patterns = pathPatterns.clone();
		return registerInCode(name, (registrations) -> registrations.add(name, policy, patterns));
	}

	private CorsPolicySet registerInCode(String name, Consumer<CorsPolicyRegistrations> registration) {
		synchronized (this.lock) {
			Map<String, Consumer<CorsPolicyRegistrations>> registered = new LinkedHashMap<>(this.registered);
			registered.put(name, registration);
			CorsPolicySet set = swap(registered, "registration of '" + name + "'");
			this.registered.put(name, registration);
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

	/** Loads a new set from the properties and registrars as they are now and swaps it in, or refuses it at ERROR. */
	private CorsPolicySet swap(Map<String, Consumer<CorsPolicyRegistrations>> registered, String what) {
		String refused = "CORS " + what + " refused; the policies loaded at " + this.current.loadedAt() + " stay in force. ";
		CorsPolicySet next;
		try {
			next = load(registered, this.annotated);
		}
		catch (InvalidCorsConfigurationException ex) {
			logger.error(refused + CorsConfigurationReport.description(ex.problems())
					+ CorsConfigurationReport.action(ex.problems()));
			throw ex;
		}
		catch (BindException ex) {
			logger.error(refused + "Could not bind cors.*: " + ex.getMessage(), ex);
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.error(refused + "A CorsPolicyRegistrar failed: " + ex, ex);
			throw ex;
		}
		this.current = next;
		logger.info("CORS " + what + ": " + next.policies().size() + " policies in force " + next.policies().keySet());
		return next;
	}

	private CorsPolicySet load(Map<String, Consumer<CorsPolicyRegistrations>> registered,
			Collection<AnnotatedElementKey> annotated) {
		CorsPolicyProperties defaults = this.defaults.get();
		List<CorsPolicyDefinition> definitions = new ArrayList<>();
		for (CorsPolicyRegistrar registrar : this.registrars.get()) {
			PolicySourceNaming naming = (registrar instanceof PolicySourceNaming own) ? own
					: PolicySourceNaming.of("CorsPolicyRegistrar " + registrar.getClass().getName());
			registrar.registerPolicies(new Registrations(definitions, naming));
		}
		Registrations inCode = new Registrations(definitions, PolicySourceNaming.of("CorsPolicyRegistry.register"));
		registered.values().forEach((registration) -> registration.accept(inCode));
		UnknownCorsProperties.Found unknown = UnknownCorsProperties.find(this.environment);
		CorsPolicySet set;
		try {
			set = CorsPolicySet.compile(defaults, definitions, annotated, this.environment, this.originSets,
					this.clock.instant());
		}
		catch (InvalidCorsConfigurationException ex) {
			if (unknown.errors().isEmpty()) {
				throw ex;
			}
			List<CorsConfigurationProblem> problems = new ArrayList<>(unknown.errors());
			problems.addAll(ex.problems());
			throw new InvalidCorsConfigurationException(problems);
		}
		if (!unknown.errors().isEmpty()) {
			throw new InvalidCorsConfigurationException(unknown.errors());
		}
		unknown.warnings().forEach(CorsDecisionLogger::warn);
		set.warnings().forEach(CorsDecisionLogger::warn);
		return set;
	}

	/** Adds what one source registers to the definitions, named as that source names them. */
	private record Registrations(List<CorsPolicyDefinition> definitions, PolicySourceNaming naming)
			implements CorsPolicyRegistrations {

		@Override
		public CorsPolicyRegistrations add(String name, Consumer<CorsPolicyProperties> settings) {
			CorsPolicyProperties properties = new CorsPolicyProperties();
			settings.accept(properties);
			this.definitions.add(CorsPolicyDefinition.ofSettings(name, properties, this.naming.prefix(name),
					this.naming.source(name)));
			return this;
		}

		@Override
		public CorsPolicyRegistrations add(String name, CorsPolicy policy, String... pathPatterns) {
			this.definitions.add(CorsPolicyDefinition.ofPolicy(name, policy,
					Collections.unmodifiableList(new ArrayList<>(Arrays.asList(pathPatterns))), this.naming.prefix(name),
					this.naming.source(name)));
			return this;
		}

	}

}
