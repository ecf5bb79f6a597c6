package io.crossorigin.cors.spring.runtime;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.WebFilter;

import io.crossorigin.cors.OriginSet;
import io.crossorigin.cors.spring.AppliedCorsPolicy;
import io.crossorigin.cors.spring.CorsPolicyRegistrar;
import io.crossorigin.cors.spring.CrossOriginPolicy;

/**
 * An application for what happens at runtime, on either stack: policies reloaded under traffic,
 * handlers registered after startup, and what was applied to a request as the application sees it
 * ({@code X-Applied-Policy}, written from {@link AppliedCorsPolicy} by a filter of each stack).
 */
@SpringBootApplication
public class RuntimeApplication {

	static final String APPLIED = "X-Applied-Policy";

	static String describe(AppliedCorsPolicy applied) {
		if (applied == null) {
			return "not chosen";
		}
		return applied.isCovered() ? applied.policy().name() + " " + applied.decision().kind() : "none";
	}

	@RestController
	static class Items {

		@GetMapping("/api/items")
		String items() {
			return "items";
		}

		@PutMapping("/api/items")
		String put() {
			return "put";
		}

		@GetMapping("/api/items/special")
		@CrossOriginPolicy(value = "api", origins = "https://special.example.com")
		String special() {
			return "special";
		}

		@GetMapping("/partner/items")
		@CrossOriginPolicy("partners")
		String partnerItems() {
			return "partner items";
		}

		@GetMapping("/open/items")
		String open() {
			return "open";
		}

	}

	/** Tenants' own domains, as an application would load them from its database. */
	@Bean
	OriginSet tenantOrigins() {
		return OriginSet.of(List.of("https://shop.acme.example"));
	}

	/** A policy from code, for the partner API. */
	@Bean
	CorsPolicyRegistrar partnerPolicies() {
		return (policies) -> policies.add("partners", (policy) -> {
			policy.setPathPatterns(List.of("/partners/**"));
			policy.setAllowedOrigins(List.of("https://partner.example.net"));
		});
	}

	@RestController
	static class TenantsAndPartners {

		@GetMapping("/storefront/items")
		String storefront() {
			return "storefront";
		}

		@GetMapping("/partners/feed")
		String feed() {
			return "feed";
		}

	}

	/** A bean whose handler method is registered with the handler mapping after startup, by a test. */
	@Component
	static class LateOrders {

		@ResponseBody
		@CrossOriginPolicy(origins = "https://late.example.com")
		public String orders() {
			return "late";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class ServletApplied {

		@Bean
		OncePerRequestFilter appliedPolicyHeader() {
			return new OncePerRequestFilter() {

				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					response.setHeader(APPLIED, describe(AppliedCorsPolicy.from(request::getAttribute)));
					chain.doFilter(request, response);
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveApplied {

		@Bean
		WebFilter appliedPolicyHeader() {
			return (exchange, chain) -> {
				exchange.getResponse().getHeaders().set(APPLIED, describe(AppliedCorsPolicy.from(exchange::getAttribute)));
				return chain.filter(exchange).then(Mono.empty());
			};
		}

	}

}
