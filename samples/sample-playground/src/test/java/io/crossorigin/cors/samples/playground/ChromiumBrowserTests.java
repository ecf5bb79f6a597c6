package io.crossorigin.cors.samples.playground;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the browser tests do when Chromium is missing.
 */
class ChromiumBrowserTests {

	@Test
	void missingChromiumSkipsTheBrowserTestsWithInstructionsOnADeveloperMachine() {
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> ChromiumBrowser.requireInstalled(false, null))
			.withMessageContaining("apt-get install -y chromium chromium-driver")
			.withMessageContaining("Skipping the browser tests");
	}

	@Test
	void missingChromiumFailsTheBrowserTestsUnderCi() {
		assertThatExceptionOfType(AssertionFailedError.class).isThrownBy(() -> ChromiumBrowser.requireInstalled(false, "true"))
			.withMessageContaining("CI must run the browser tests");
	}

	@Test
	void installedChromiumRunsTheBrowserTests() {
		assertThatCode(() -> ChromiumBrowser.requireInstalled(true, "true")).doesNotThrowAnyException();
	}

}
