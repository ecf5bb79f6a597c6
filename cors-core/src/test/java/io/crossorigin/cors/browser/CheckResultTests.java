package io.crossorigin.cors.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckResultTests {

	@Test
	void passedCorsCheckHasNoFailure() {
		assertThat(CorsCheckResult.pass().passed()).isTrue();
		assertThat(CorsCheckResult.pass().failure()).isNull();
	}

	@Test
	void failedCorsCheckKeepsItsReason() {
		CorsCheckResult result = CorsCheckResult.fail(CorsFailure.ORIGIN_MISMATCH, "reason");
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).isEqualTo("reason");
		assertThat(result.kind()).isEqualTo(CorsFailure.ORIGIN_MISMATCH);
	}

	@Test
	void corsCheckResultRejectsInconsistentComponents() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(true, "reason", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(true, null, CorsFailure.NO_RESPONSE));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(false, null, CorsFailure.NO_RESPONSE));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(false, " ", CorsFailure.NO_RESPONSE));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(false, "reason", null));
		assertThatNullPointerException().isThrownBy(() -> CorsCheckResult.fail(CorsFailure.NO_RESPONSE, null));
		assertThatNullPointerException().isThrownBy(() -> CorsCheckResult.fail(null, "reason"));
	}

	@Test
	void passedPreflightKeepsItsCacheLifetime() {
		PreflightResult result = PreflightResult.pass(Duration.ofSeconds(600));
		assertThat(result.passed()).isTrue();
		assertThat(result.failure()).isNull();
		assertThat(result.cacheLifetime()).isEqualTo(Duration.ofSeconds(600));
	}

	@Test
	void failedPreflightIsCachedForNoTime() {
		PreflightResult result = PreflightResult.fail(CorsFailure.METHOD_NOT_ALLOWED, "reason");
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).isEqualTo("reason");
		assertThat(result.kind()).isEqualTo(CorsFailure.METHOD_NOT_ALLOWED);
		assertThat(result.cacheLifetime()).isZero();
	}

	@Test
	void preflightResultRejectsInconsistentComponents() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PreflightResult(true, "reason", Duration.ZERO, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PreflightResult(true, null, Duration.ZERO, CorsFailure.NO_RESPONSE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PreflightResult(false, null, Duration.ZERO, CorsFailure.NO_RESPONSE));
		assertThatIllegalArgumentException().isThrownBy(() -> new PreflightResult(false, "reason", Duration.ZERO, null));
		assertThatIllegalArgumentException().isThrownBy(() -> PreflightResult.pass(Duration.ofSeconds(-1)));
		assertThatNullPointerException().isThrownBy(() -> PreflightResult.pass(null));
	}
}
