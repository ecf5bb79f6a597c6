package io.crossorigin.cors.spring.actuate;

import java.lang.reflect.RecordComponent;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import io.crossorigin.cors.spring.ReportOnlyFindings;
import io.crossorigin.cors.spring.SpringCorsReport;
import io.crossorigin.cors.spring.SpringCorsTranslation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type the {@code cors} endpoint serializes to JSON is registered for a native image,
 * including the bodies of {@code explain}, which declares {@code WebEndpointResponse<Object>}, and
 * the types nested in them.
 */
class CorsEndpointRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	CorsEndpointRuntimeHintsTests() {
		new CorsEndpointRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void everyBodyAndWhatItContainsIsRegisteredForSerialization() {
		for (Class<?> type : new Class<?>[] { CorsEndpoint.PoliciesDescriptor.class, CorsEndpoint.PolicyDescriptor.class,
				CorsEndpoint.AnnotatedHandler.class, ReportOnlyFindings.Report.class, ReportOnlyFindings.Example.class,
				SpringCorsReport.Finding.class, SpringCorsTranslation.class,
				CorsEndpoint.Explanation.class, CorsEndpoint.Exchange.class, CorsEndpoint.BrowserVerdict.class,
				CorsEndpoint.HandshakeVerdict.class, CorsEndpoint.ExplainError.class }) {
			assertThat(type.getRecordComponents()).as(type.getName()).isNotEmpty();
			for (RecordComponent component : type.getRecordComponents()) {
				// Jackson reads a record through its accessors
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as(type.getSimpleName() + "." + component.getName())
					.accepts(this.hints);
			}
		}
	}

}
