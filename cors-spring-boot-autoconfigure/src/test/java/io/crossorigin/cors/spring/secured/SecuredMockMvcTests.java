package io.crossorigin.cors.spring.secured;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.crossorigin.cors.spring.mvc.CorsPolicyFilter;

import static io.crossorigin.cors.spring.scenario.CorsScenarios.ACAO;
import static io.crossorigin.cors.spring.scenario.CorsScenarios.APP;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Users' own tests of a secured Spring MVC application see what a browser sees, as long as their
 * {@code MockMvc} runs the starter's filter ahead of Spring Security's, as Boot's
 * {@code @AutoConfigureMockMvc} does and as a hand-built one can.
 */
class SecuredMockMvcTests {

	static void preflightIsAnsweredBeforeAuthentication(MockMvc mvc) throws Exception {
		mvc.perform(options("/api/orders/7").header("Origin", APP).header("Access-Control-Request-Method", "PUT"))
			.andExpect(status().isNoContent())
			.andExpect(header().string(ACAO, APP));
	}

	static void unauthenticatedRequestGets401WithCorsHeaders(MockMvc mvc) throws Exception {
		ResultActions result = mvc.perform(get("/api/orders").header("Origin", APP));
		result.andExpect(status().isUnauthorized()).andExpect(header().string(ACAO, APP));
	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, properties = { "spring.main.web-application-type=servlet",
			"spring.config.name=secured", SecurityCorsMode.PROPERTY + "=none" })
	@AutoConfigureMockMvc
	class WithBootsMockMvc {

		@Autowired
		MockMvc mvc;

		@Test
		void preflightIsAnsweredBeforeAuthentication() throws Exception {
			SecuredMockMvcTests.preflightIsAnsweredBeforeAuthentication(this.mvc);
		}

		@Test
		void unauthenticatedRequestGets401WithCorsHeaders() throws Exception {
			SecuredMockMvcTests.unauthenticatedRequestGets401WithCorsHeaders(this.mvc);
		}

	}

	@Nested
	@SpringBootTest(classes = SecuredApplication.class, properties = { "spring.main.web-application-type=servlet",
			"spring.config.name=secured", SecurityCorsMode.PROPERTY + "=none" })
	class WithHandBuiltMockMvc {

		@Autowired
		WebApplicationContext context;

		@Autowired
		CorsPolicyFilter corsPolicyFilter;

		MockMvc mvc() {
			return MockMvcBuilders.webAppContextSetup(this.context).addFilters(this.corsPolicyFilter).apply(springSecurity()).build();
		}

		@Test
		void preflightIsAnsweredBeforeAuthentication() throws Exception {
			SecuredMockMvcTests.preflightIsAnsweredBeforeAuthentication(mvc());
		}

		@Test
		void unauthenticatedRequestGets401WithCorsHeaders() throws Exception {
			SecuredMockMvcTests.unauthenticatedRequestGets401WithCorsHeaders(mvc());
		}

	}

}
