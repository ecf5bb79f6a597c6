package io.crossorigin.cors.samples.webflux;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Spring Security in front of the API: {@code /api/admin/**} needs the admin's credentials (HTTP
 * Basic, {@code spring.security.user} in {@code application.yml}), everything else is open. Not a
 * line about CORS: the starter answers preflights and puts CORS headers on 401 and 403 responses
 * from a web filter ahead of Spring Security's. {@code sample.security.http-cors=true} adds
 * Spring's {@code http.cors(withDefaults())}, which is neither needed nor harmful.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
			@Value("${sample.security.http-cors:false}") boolean httpCors) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/admin/**", "/actuator/**").authenticated().anyExchange().permitAll())
			.httpBasic(Customizer.withDefaults())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// the admin API takes GET and PUT only, which no cross-site form can send
			.csrf(ServerHttpSecurity.CsrfSpec::disable);
		if (httpCors) {
			http.cors(Customizer.withDefaults());
		}
		return http.build();
	}

}
