package io.crossorigin.cors.spring.scenario;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;

import io.crossorigin.cors.spring.mvc.FilterSwitchedOff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario table against Spring MVC with the servlet filter switched off, as a user does by
 * declaring a disabled registration of their own: {@code CorsPolicyInterceptor} alone must pass
 * the same table (it decides every request that reaches {@code DispatcherServlet} without
 * passing the filter), but for the rows where the policy must be the gate for headers others
 * write: that takes the filter, which hands everything behind it a gated response, and an
 * interceptor cannot replace the response a handler writes to.
 */
@SpringBootTest(classes = { ScenarioApplication.class, FilterSwitchedOff.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "spring.config.name=scenarios" })
class MvcInterceptorOnlyScenarioTests extends CorsScenarioTests {

	@Autowired
	ApplicationContext context;

	static Stream<Scenario> scenarios() {
		return CorsScenarios.all().stream().filter((scenario) -> !scenario.needsGate);
	}

	@Test
	void theFilterIsRegisteredNowhere() {
		assertThat(this.context.getBean("corsPolicyFilterRegistration", FilterRegistrationBean.class).isEnabled()).isFalse();
	}

}
