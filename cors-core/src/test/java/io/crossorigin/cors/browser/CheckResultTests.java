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
		CorsCheckResult result = CorsCheckResult.fail("reason");
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).isEqualTo("reason");
	}

	@Test
	void corsCheckResultRejectsInconsistentComponents() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(true, "reason"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(false, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsCheckResult(false, " "));
		assertThatNullPointerException().isThrownBy(() -> CorsCheckResult.fail(null));
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
		PreflightResult result = PreflightResult.fail("reason");
		assertThat(result.passed()).isFalse();
		assertThat(result.failure()).isEqualTo("reason");
		assertThat(result.cacheLifetime()).isZero();
	}

	@Test
	void preflightResultRejectsInconsistentComponents() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PreflightResult(true, "reason", Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new PreflightResult(false, null, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> PreflightResult.pass(Duration.ofSeconds(-1)));
		assertThatNullPointerException().isThrownBy(() -> PreflightResult.pass(null));
	}
}
