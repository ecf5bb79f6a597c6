package io.crossorigin.cors.samples.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An API gateway (Spring Cloud Gateway) whose CORS policies come from {@code application.yml},
 * in front of services that may answer CORS of their own: the gateway answers preflights, and on
 * every response its policies cover only their {@code Access-Control-*} headers leave it. Runs on
 * Spring WebFlux by default, on Spring MVC with {@code --spring.main.web-application-type=servlet}.
 */
@SpringBootApplication
public class SampleGatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleGatewayApplication.class, args);
	}

}
