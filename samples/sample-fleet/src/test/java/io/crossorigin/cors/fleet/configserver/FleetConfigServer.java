package io.crossorigin.cors.fleet.configserver;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.config.server.EnableConfigServer;

/**
 * The fleet's Spring Cloud Config Server, serving a git repository (kept apart from the fleet's
 * own package, which it must not scan).
 */
@SpringBootApplication
@EnableConfigServer
public class FleetConfigServer {

}
