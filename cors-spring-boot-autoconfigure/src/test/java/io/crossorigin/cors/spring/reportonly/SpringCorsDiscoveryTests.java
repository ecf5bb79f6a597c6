package io.crossorigin.cors.spring.reportonly;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.crossorigin.cors.spring.CorsProperties;
import io.crossorigin.cors.spring.SpringCorsReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own Spring CORS found at startup on both stacks ({@code @CrossOrigin}
 * handlers, {@code CorsRegistry} mappings): each with the enforced policy that shadows it, logged
 * once at WARN, and its translation into {@code cors.policies} YAML, which the starter accepts.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringCorsDiscoveryTests {

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void eachConfigurationIsFoundWithWhatShadowsItAndItsTranslation(String stack, CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportOnlyApplication.class)
			.properties("spring.main.web-application-type=" + stack, "spring.config.name=report-only", "server.port=0")
			.run("--cors.policies.legacy.mode=enforce")) {
			List<SpringCorsReport.Finding> findings = context.getBean(SpringCorsReport.class).findings();
			SpringCorsReport.Finding orders = findings.stream()
				.filter((finding) -> finding.source().equals("@CrossOrigin on LegacyController.orders()"))
				.findFirst()
				.orElseThrow();
			assertThat(orders.pathPatterns()).containsExactly("/legacy/orders");
			assertThat(orders.shadowedBy()).isEqualTo("legacy");
			assertThat(orders.translation().yaml()).contains("path-patterns: [/legacy/orders]",
					"allowed-origins: [https://app.example.com, https://old.example.com]", "allowed-methods: [GET]",
					"exposed-headers: [X-Total-Count]", "max-age: 1800s");
			SpringCorsReport.Finding mapped = findings.stream()
				.filter((finding) -> finding.source().startsWith("CorsRegistry mapping of ")
						&& finding.source().endsWith(" for /mapped/**"))
				.findFirst()
				.orElseThrow();
			assertThat(mapped.shadowedBy()).as("a report-only policy shadows nothing").isNull();
			assertThat(mapped.translation().yaml()).contains("allowed-methods: [GET, PUT]");
			for (SpringCorsReport.Finding finding : findings) {
				assertThat(finding.translation().yaml()).as(finding.source()).isNotNull();
				assertThat(accepts(finding.translation().yaml())).as(finding.translation().yaml()).isTrue();
			}
		}
		assertThat(output).contains("Spring's CORS configuration @CrossOrigin on LegacyController.orders() on"
				+ " [/legacy/orders] is shadowed by CORS policy 'legacy'");
		assertThat(output).doesNotContain("for /mapped/** on [/mapped/**] is shadowed");
	}

	/** Whether the starter starts with the translated YAML as its only policy. */
	private static boolean accepts(String yaml) {
		Map<String, Object> flat = new java.util.LinkedHashMap<>();
		for (org.springframework.core.env.PropertySource<?> source : loadYaml(yaml)) {
			if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					flat.put(name, enumerable.getProperty(name));
				}
			}
		}
		org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
		environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("translated", flat));
		CorsProperties properties = org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bindOrCreate(CorsProperties.PREFIX, CorsProperties.class);
		return io.crossorigin.cors.spring.CorsPolicyRegistry.of(properties).policies().size() == 1;
	}

	private static List<org.springframework.core.env.PropertySource<?>> loadYaml(String yaml) {
		try {
			return new org.springframework.boot.env.YamlPropertySourceLoader().load("translated",
					new org.springframework.core.io.ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void springSecuritysCorsConfigurationSourceBeanIsFound() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
				io.crossorigin.cors.spring.secured.SecuredApplication.class)
			.properties("spring.main.web-application-type=servlet", "spring.config.name=secured", "server.port=0")
			.run("--secured.cors-mode=source-bean")) {
			SpringCorsReport.Finding source = context.getBean(SpringCorsReport.class)
				.findings()
				.stream()
				.filter((finding) -> finding.source().startsWith("CorsConfigurationSource bean '"))
				.findFirst()
				.orElseThrow();
			assertThat(source.pathPatterns()).containsExactly("/**");
			assertThat(source.translation().yaml()).contains("allowed-origins: [https://legacy.example.org]",
					"allow-credentials: true", "max-age: 1800s");
		}
	}

	@Test
	void springSecuritysReactiveCorsConfigurationSourceBeanIsNamedThoughWebFluxKeepsItPrivate() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
				io.crossorigin.cors.spring.secured.SecuredApplication.class)
			.properties("spring.main.web-application-type=reactive", "spring.config.name=secured", "server.port=0")
			.run("--secured.cors-mode=source-bean")) {
			SpringCorsReport.Finding source = context.getBean(SpringCorsReport.class)
				.findings()
				.stream()
				.filter((finding) -> finding.source().equals("CorsConfigurationSource bean 'corsConfigurationSource'"))
				.findFirst()
				.orElseThrow();
			assertThat(source.translation()).isNull();
			assertThat(source.unreadable()).contains("Spring WebFlux does not let a CORS configuration source be read");
			assertThat(source.shadowedBy()).as("the secured application's enforced policies").isNotNull();
		}
	}

	@Test
	void gatewayGlobalCorsIsFoundFromItsProperties() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportOnlyApplication.class)
			.properties("spring.main.web-application-type=reactive", "spring.config.name=report-only", "server.port=0")
			.run("--spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/api/**].allowed-origins=https://gw.example.com",
					"--spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/api/**].allowed-methods=GET")) {
			SpringCorsReport.Finding gateway = context.getBean(SpringCorsReport.class)
				.findings()
				.stream()
				.filter((finding) -> finding.source().startsWith("spring.cloud.gateway.server.webflux.globalcors"))
				.findFirst()
				.orElseThrow();
			assertThat(gateway.pathPatterns()).containsExactly("/api/**");
			assertThat(gateway.translation().yaml()).contains("allowed-origins: [https://gw.example.com]",
					"allowed-methods: [GET]");
		}
	}

	@Test
	void aConfigurationTheStarterWouldRefuseSaysWhyInsteadOfTranslating() {
		org.springframework.web.cors.CorsConfiguration any = new org.springframework.web.cors.CorsConfiguration();
		any.addAllowedOriginPattern("*");
		any.setAllowCredentials(true);
		io.crossorigin.cors.spring.SpringCorsTranslation translation = io.crossorigin.cors.spring.SpringCorsTranslation
			.of("any", any, List.of("/**"));
		assertThat(translation.yaml()).isNull();
		assertThat(translation.refused()).contains("allows every origin while allow-credentials is true");
	}

}
