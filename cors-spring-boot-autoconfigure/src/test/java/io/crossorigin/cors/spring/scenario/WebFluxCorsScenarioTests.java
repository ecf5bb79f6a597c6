package io.crossorigin.cors.spring.scenario;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario table against Spring WebFlux on Netty.
 */
@SpringBootTest(classes = ScenarioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "spring.config.name=scenarios" })
class WebFluxCorsScenarioTests extends CorsScenarioTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void servedBySpringWebFluxOnNetty() {
		assertThat(this.context.getWebServer().getClass().getName()).contains("Netty");
	}

}
