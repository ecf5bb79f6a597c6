package io.crossorigin.cors.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring-autoconfigure-metadata.properties}, written by Spring Boot's auto-configure
 * processor, describes the conditions of every auto-configuration the imports file lists, so that
 * Spring Boot can skip them without loading their classes.
 */
class AutoConfigurationMetadataTests {

	private static String resource(String name) throws IOException {
		try (InputStream in = CorsAutoConfiguration.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyImportedAutoConfigurationHasItsConditionsInTheMetadata() throws IOException {
		List<String> imports = resource("/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
			.lines()
			.map(String::trim)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		Properties metadata = new Properties();
		metadata.load(CorsAutoConfiguration.class.getResourceAsStream("/META-INF/spring-autoconfigure-metadata.properties"));
		assertThat(imports).hasSize(6);
		for (String autoConfiguration : imports) {
			assertThat(metadata).as(autoConfiguration).containsKey(autoConfiguration);
			assertThat(metadata.stringPropertyNames()).as(autoConfiguration)
				.anyMatch((key) -> key.startsWith(autoConfiguration + ".ConditionalOn"));
		}
		assertThat(metadata.getProperty("io.crossorigin.cors.spring.mvc.CorsWebMvcAutoConfiguration.ConditionalOnClass"))
			.isEqualTo("org.springframework.web.servlet.DispatcherServlet");
	}

}
