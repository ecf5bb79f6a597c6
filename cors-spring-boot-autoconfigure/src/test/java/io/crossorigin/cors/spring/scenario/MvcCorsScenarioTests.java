package io.crossorigin.cors.spring.scenario;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario table against Spring MVC on Tomcat.
 */
@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios" })
class MvcCorsScenarioTests extends CorsScenarioTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void servedBySpringMvcOnTomcat() {
		assertThat(this.context.getWebServer().getClass().getName()).contains("Tomcat");
	}

}
