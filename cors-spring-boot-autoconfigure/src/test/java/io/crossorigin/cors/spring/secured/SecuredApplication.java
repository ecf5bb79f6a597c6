package io.crossorigin.cors.spring.secured;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application behind the secured scenario table: the CORS policies of {@code secured.yml}
 * behind Spring Security (HTTP Basic, {@code /api/**} authenticated), on Tomcat (Spring MVC) or
 * Netty (Spring WebFlux), in each {@link SecurityCorsMode}.
 */
@SpringBootApplication
public class SecuredApplication {

}
