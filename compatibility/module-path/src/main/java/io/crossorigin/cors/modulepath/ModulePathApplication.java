package io.crossorigin.cors.modulepath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring MVC application on Tomcat whose CORS policies come from the starter. */
@SpringBootApplication
public class ModulePathApplication {

	/**
	 * Runs the application.
	 * @param args Spring Boot's arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(ModulePathApplication.class, args);
	}

}
