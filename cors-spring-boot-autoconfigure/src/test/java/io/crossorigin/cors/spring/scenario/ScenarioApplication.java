package io.crossorigin.cors.spring.scenario;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application both stacks run for the scenario table: the same controllers and the same
 * {@code scenarios.yml}, served by Tomcat (Spring MVC) or Netty (Spring WebFlux).
 */
@SpringBootApplication
public class ScenarioApplication {

}
