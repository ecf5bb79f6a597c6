package io.crossorigin.cors.samples.playground;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import io.crossorigin.cors.spring.CorsPolicyRegistry;
import io.crossorigin.cors.spring.CorsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's expectations over HTTP against the sample's packaged jar, ahead-of-time processed and
 * started with {@code -Dspring.aot.enabled=true} in a process of its own, as a user runs an
 * AOT-processed application. (Spring Boot refuses to start with AOT enabled and no AOT-generated
 * initializer, and says "Starting AOT-processed" when it has one: the log is checked for it.) The
 * policy check reads the policies from the sample's {@code application.yml}.
 */
public abstract class AotProcessedSampleExpectations extends SampleCorsKitExpectations.OverHttp {

	private static Process application;

	private static int applicationPort;

	private static CorsPolicyRegistry applicationPolicies;

	/**
	 * Starts the jar once per class.
	 * @param jar the sample's jar, relative to its module
	 * @return the port it listens on
	 * @throws IOException if it cannot be started
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	protected static int start(String jar) throws IOException, InterruptedException {
		if (application != null) {
			return applicationPort;
		}
		assertThat(new File(jar)).as("the packaged sample (run in verify, after package)").exists();
		try (ServerSocket free = new ServerSocket(0)) {
			applicationPort = free.getLocalPort();
		}
		Path log = Path.of("target", "aot-processed-application.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		application = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-jar", jar,
				"--server.port=" + applicationPort)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!listening(applicationPort)) {
			assertThat(application.isAlive()).as("the application exited: see %s", log.toAbsolutePath()).isTrue();
			assertThat(System.nanoTime()).as("not started within 90 s: see %s", log.toAbsolutePath()).isLessThan(deadline);
			Thread.sleep(200);
		}
		assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Starting AOT-processed");
		applicationPolicies = policiesOf(Path.of("src", "main", "resources", "application.yml"));
		return applicationPort;
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (application != null) {
			application.destroy();
			application.waitFor();
			application = null;
		}
	}

	@BeforeEach
	void useTheApplication() {
		this.port = applicationPort;
	}

	@Override
	protected CorsPolicyRegistry policies() {
		return applicationPolicies;
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The policies the starter binds from a YAML file, as it binds them at startup. */
	private static CorsPolicyRegistry policiesOf(Path yaml) throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application", new FileSystemResource(yaml));
		Map<String, Object> flat = new LinkedHashMap<>();
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					flat.putIfAbsent(name, enumerable.getProperty(name));
				}
			}
		}
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", flat));
		return CorsPolicyRegistry.of(Binder.get(environment).bindOrCreate(CorsProperties.PREFIX, CorsProperties.class));
	}

}
