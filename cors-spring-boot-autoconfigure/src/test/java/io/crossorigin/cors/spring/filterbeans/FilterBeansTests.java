package io.crossorigin.cors.spring.filterbeans;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.crossorigin.cors.spring.SpringCorsReport;

import io.crossorigin.cors.spring.hostile.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code CorsFilter} bean (Spring MVC) or {@code CorsWebFilter} bean (WebFlux) of the
 * application's own, outside Spring Security, beside an enforced policy on the same paths: the
 * policy alone decides there, over real HTTP on Tomcat and Netty; and the filter, whose settings
 * Spring keeps private, is named in the report of what the policies shadow.
 */
@ExtendWith(OutputCaptureExtension.class)
class FilterBeansTests {

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void anOriginThePolicyRefusesGetsNoCorsHeadersThoughTheApplicationsFilterAllowsIt(String stack) throws IOException {
		try (ConfigurableApplicationContext context = start(stack)) {
			int port = port(context);
			RawHttp.Response actual = RawHttp.exchange(port, "GET /filtered/orders HTTP/1.1\r\nHost: localhost\r\nOrigin: "
					+ FilterBeansApplication.OLD + "\r\n");
			assertThat(actual.status()).isEqualTo(200);
			assertThat(actual.accessControlNames()).isEmpty();
			RawHttp.Response preflight = RawHttp.exchange(port, "OPTIONS /filtered/orders HTTP/1.1\r\nHost: localhost\r\nOrigin: "
					+ FilterBeansApplication.OLD + "\r\nAccess-Control-Request-Method: GET\r\n");
			assertThat(preflight.status()).isEqualTo(403);
			assertThat(preflight.accessControlNames()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void anOriginThePolicyAllowsGetsThePolicysHeadersOnce(String stack) throws IOException {
		try (ConfigurableApplicationContext context = start(stack)) {
			int port = port(context);
			RawHttp.Response actual = RawHttp.exchange(port, "GET /filtered/orders HTTP/1.1\r\nHost: localhost\r\nOrigin: "
					+ FilterBeansApplication.APP + "\r\n");
			assertThat(actual.status()).isEqualTo(200);
			assertThat(actual.values("Access-Control-Allow-Origin")).containsExactly(FilterBeansApplication.APP);
			assertThat(actual.values("Access-Control-Allow-Credentials")).as("the policy allows no credentials").isEmpty();
			RawHttp.Response preflight = RawHttp.exchange(port, "OPTIONS /filtered/orders HTTP/1.1\r\nHost: localhost\r\nOrigin: "
					+ FilterBeansApplication.APP + "\r\nAccess-Control-Request-Method: PUT\r\n");
			assertThat(preflight.status()).as("the policy allows GET only").isEqualTo(403);
		}
	}

	@ParameterizedTest
	@CsvSource({ "servlet, CorsFilter bean 'usersCorsFilter'", "reactive, CorsWebFilter bean 'usersCorsWebFilter'" })
	void theFilterIsReportedAsShadowedThoughItsSettingsArePrivate(String stack, String source, CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(stack)) {
			SpringCorsReport.Finding filter = context.getBean(SpringCorsReport.class)
				.findings()
				.stream()
				.filter((finding) -> finding.source().equals(source))
				.findFirst()
				.orElseThrow();
			assertThat(filter.pathPatterns()).isEmpty();
			assertThat(filter.shadowedBy()).isEqualTo("filtered");
			assertThat(filter.translation()).isNull();
			assertThat(filter.unreadable()).contains("mode: report-only");
		}
		assertThat(output).containsOnlyOnce("Spring's CORS configuration " + source
				+ " keeps its settings private, so the starter cannot tell which paths it covers: wherever CORS"
				+ " policy 'filtered' applies, the policy answers and Spring's configuration is ignored.");
	}

	@Test
	void declaringTheFiltersSourceAsABeanAsAdvisedListsItWithItsPathsAndTranslation() {
		try (ConfigurableApplicationContext context = start("servlet", "--filter-beans.source-bean=true")) {
			List<SpringCorsReport.Finding> findings = context.getBean(SpringCorsReport.class).findings();
			assertThat(findings.stream().filter((finding) -> finding.source().equals("CorsFilter bean 'usersCorsFilter'"))
				.findFirst()
				.orElseThrow()
				.unreadable()).contains("declare the UrlBasedCorsConfigurationSource it is built with as a bean");
			SpringCorsReport.Finding source = findings.stream()
				.filter((finding) -> finding.source().equals("CorsConfigurationSource bean 'usersCorsSource' for /filtered/**"))
				.findFirst()
				.orElseThrow();
			assertThat(source.pathPatterns()).containsExactly("/filtered/**");
			assertThat(source.shadowedBy()).isEqualTo("filtered");
			assertThat(source.translation()).isNotNull();
			assertThat(source.translation().yaml()).contains("path-patterns: [/filtered/**]",
					"allowed-origins: [https://app.example.com, https://old.example.com]", "allowed-methods: [GET, PUT]",
					"allow-credentials: true");
		}
	}

	static ConfigurableApplicationContext start(String stack, String... args) {
		return new SpringApplicationBuilder(FilterBeansApplication.class)
			.properties("spring.main.web-application-type=" + stack, "spring.config.name=filter-beans", "server.port=0")
			.run(args);
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}
