package io.crossorigin.cors.samples.fleet;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.crossorigin.cors.fleet.configserver.FleetConfigServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The fleet reload the README promises, on the real parts: a Spring Cloud Config Server serving
 * {@code cors.*} from a git repository, two instances of the fleet sample (each its own JVM, the
 * packaged jar), Spring Cloud Bus over a RabbitMQ broker on localhost:5672. A change committed to
 * the repository reaches both instances after {@code POST /actuator/busrefresh} on one of them
 * (the time is measured); an instance started afterwards gets it; an invalid change is refused by
 * every instance, which logs it and keeps the policy in force.
 *
 * <p>Without a broker the test is skipped with a message, unless {@code CI=true}, where it fails:
 * {@code .ci/run} installs and starts RabbitMQ ({@code scripts/fleet-reload.sh} does too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetReloadIT {

	private static final String V1 = "https://v1.example.com";

	private static final String V2 = "https://v2.example.com";

	private static final Duration BOUND = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Instance> instances = new ArrayList<>();

	private final List<String> figures = new ArrayList<>();

	private Path repository;

	private Git git;

	private ConfigurableApplicationContext configServer;

	private String configServerUrl;

	@BeforeAll
	void startTheConfigServerAndTwoInstances() throws Exception {
		requireBroker();
		this.repository = Path.of("target", "fleet-config").toAbsolutePath();
		FileSystemUtils.deleteRecursively(this.repository);
		Files.createDirectories(this.repository);
		this.git = Git.init().setDirectory(this.repository.toFile()).setInitialBranch("main").call();
		commit(policy(V1, false), "orders: v1 only");
		this.configServer = new SpringApplicationBuilder(FleetConfigServer.class)
			.properties(Map.of("spring.config.name", "fleet-config-server", "server.port", "0",
					"spring.cloud.config.server.git.uri", this.repository.toUri().toString(),
					"spring.cloud.config.server.git.default-label", "main", "spring.cloud.config.enabled", "false",
					"spring.cloud.bus.enabled", "false", "cors.enabled", "false",
					"spring.cloud.compatibility-verifier.enabled", "false", "spring.main.banner-mode", "off"))
			.run();
		this.configServerUrl = "http://localhost" + ":" + this.configServer.getEnvironment().getProperty("local.server.port");
		Instance a = start("a");
		Instance b = start("b");
		a.awaitStarted();
		b.awaitStarted();
	}

	@AfterAll
	void stopEverything() throws IOException {
		for (Instance instance : this.instances) {
			instance.process.destroy();
		}
		for (Instance instance : this.instances) {
			try {
				instance.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.configServer != null) {
			this.configServer.close();
		}
		if (this.git != null) {
			this.git.close();
		}
		if (!this.figures.isEmpty()) {
			Path summary = Path.of("target", "build-summary", "fleet-reload.txt");
			Files.createDirectories(summary.getParent());
			Files.writeString(summary, "Fleet reload (Config Server on git, Spring Cloud Bus on RabbitMQ): "
					+ String.join("; ", this.figures) + System.lineSeparator(), StandardCharsets.UTF_8);
		}
	}

	@Test
	@Order(1)
	void bothInstancesEnforceThePolicyFromTheConfigServer() throws Exception {
		for (Instance instance : this.instances) {
			assertThat(allowedOrigin(instance, V1)).as(instance.name).isEqualTo(V1);
			assertThat(allowedOrigin(instance, V2)).as(instance.name).isNull();
		}
	}

	@Test
	@Order(2)
	void aCommittedChangeReachesBothInstancesAfterOneBusRefresh() throws Exception {
		commit(policy(V2, false), "orders: v2 instead of v1");
		long start = System.nanoTime();
		busRefresh(this.instances.get(0));
		List<String> times = new ArrayList<>();
		for (Instance instance : this.instances) {
			while (!V2.equals(allowedOrigin(instance, V2))) {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).as("%s still enforces the old policy", instance.name)
					.isLessThan(BOUND);
				Thread.sleep(20);
			}
			times.add(instance.name + " " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
			assertThat(allowedOrigin(instance, V1)).as(instance.name).isNull();
		}
		this.figures.add("a change reached both instances after busrefresh on a (" + String.join(", ", times) + ")");
	}

	@Test
	@Order(3)
	void anInstanceStartedAfterTheChangeGetsTheNewPolicy() throws Exception {
		Instance late = start("c");
		late.awaitStarted();
		assertThat(allowedOrigin(late, V2)).isEqualTo(V2);
		assertThat(allowedOrigin(late, V1)).isNull();
		this.figures.add("an instance started afterwards got it");
	}

	@Test
	@Order(4)
	void anInvalidChangeIsRefusedByEveryInstanceWhichKeepsThePolicyInForce() throws Exception {
		commit(policy("*", true), "orders: every origin with credentials (invalid)");
		long start = System.nanoTime();
		busRefresh(this.instances.get(1));
		for (Instance instance : this.instances) {
			while (!instance.log().contains("CORS reload refused; the policies loaded at ")) {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).as("%s logged no refusal: %s", instance.name,
						instance.logFile)
					.isLessThan(BOUND);
				Thread.sleep(20);
			}
			assertThat(instance.log()).contains("allow-credentials");
			assertThat(allowedOrigin(instance, V2)).as(instance.name).isEqualTo(V2);
			assertThat(allowedOrigin(instance, "https://evil.example.org")).as(instance.name).isNull();
		}
		this.figures.add("an invalid change was refused and logged by all " + this.instances.size()
				+ " instances within " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms, each keeping its policy");
	}

	/** The allowed origins of the fleet's one policy, as the configuration repository holds them. */
	private static String policy(String origin, boolean credentials) {
		return "cors:\n  policies:\n    orders:\n      path-patterns: [/api/**]\n      allowed-origins: [\"" + origin
				+ "\"]\n      allowed-methods: [GET]\n" + (credentials ? "      allow-credentials: true\n" : "");
	}

	private void commit(String yaml, String message) throws IOException, GitAPIException {
		Files.writeString(this.repository.resolve("fleet.yml"), yaml, StandardCharsets.UTF_8);
		this.git.add().addFilepattern("fleet.yml").call();
		this.git.commit().setMessage(message).setAuthor("fleet test", "fleet@example.com").call();
	}

	private Instance start(String name) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path log = Path.of("target", "fleet-instance-" + name + ".log").toAbsolutePath();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", new File("target/sample-fleet.jar").getAbsolutePath(),
				"--server.port=" + port, "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("CONFIG_SERVER_URL", this.configServerUrl);
		Instance instance = new Instance(name, port, builder.start(), log);
		this.instances.add(instance);
		return instance;
	}

	private void busRefresh(Instance instance) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + instance.port + "/actuator/busrefresh"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

	/** The {@code Access-Control-Allow-Origin} an instance answers a GET from the origin with, or null. */
	private String allowedOrigin(Instance instance, String origin) throws Exception {
		HttpResponse<Void> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port + "/api/orders"))
					.header("Origin", origin)
					.build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
	}

	private static void requireBroker() {
		try (Socket socket = new Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", 5672), 1000);
		}
		catch (IOException ex) {
			String message = "No RabbitMQ broker on localhost:5672, so the fleet reload is not run. Install and start one"
					+ " (apt-get install rabbitmq-server && service rabbitmq-server start), or run scripts/fleet-reload.sh";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			abort(message);
		}
	}

	private record Instance(String name, int port, Process process, Path logFile) {

		String log() throws IOException {
			return Files.readString(this.logFile, StandardCharsets.UTF_8);
		}

		void awaitStarted() throws IOException, InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (!log().contains("Started SampleFleetApplication")) {
				assertThat(this.process.isAlive()).as("instance %s exited: see %s", this.name, this.logFile).isTrue();
				assertThat(System.nanoTime()).as("instance %s not started within 120 s: see %s", this.name, this.logFile)
					.isLessThan(deadline);
				Thread.sleep(100);
			}
		}

	}

}
