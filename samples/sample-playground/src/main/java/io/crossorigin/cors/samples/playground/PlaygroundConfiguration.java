package io.crossorigin.cors.samples.playground;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The playground's server side, imported by each sample; the page itself is served from
 * {@code META-INF/resources} as static content.
 */
@Configuration(proxyBeanMethods = false)
@Import(PlaygroundController.class)
public class PlaygroundConfiguration {

	@Bean
	ProbeLog probeLog() {
		return new ProbeLog();
	}

}
