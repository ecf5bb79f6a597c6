package io.crossorigin.cors.samples.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A line for the build's console: written to {@code target/build-summary/<name>.txt}, which the
 * build prints after the tests (their own output goes to files).
 */
public final class BuildSummary {

	private BuildSummary() {
	}

	/**
	 * Writes (replaces) one summary.
	 * @param name what it summarizes, the file's name
	 * @param line the summary
	 */
	public static void write(String name, String line) {
		Path file = Path.of("target", "build-summary", name + ".txt");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
