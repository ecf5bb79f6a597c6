package io.crossorigin.cors.samples.mvc;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security in front of the API: {@code /api/admin/**} needs the admin's credentials (HTTP
 * Basic, {@code spring.security.user} in {@code application.yml}), everything else is open. Not a
 * line about CORS: the starter answers preflights and puts CORS headers on 401 and 403 responses
 * from a filter ahead of Spring Security's. {@code sample.security.http-cors=true} adds Spring's
 * {@code http.cors(withDefaults())}, which is neither needed nor harmful.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${sample.security.http-cors:false}") boolean httpCors) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/admin/**", "/actuator/**").authenticated().anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// the admin API takes GET and PUT only, which no cross-site form can send
			.csrf(AbstractHttpConfigurer::disable);
		if (httpCors) {
			http.cors(Customizer.withDefaults());
		}
		return http.build();
	}

}
