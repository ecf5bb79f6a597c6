package io.crossorigin.cors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine, which has no Spring to register hints with, ships GraalVM's resource metadata for the
 * one resource it reads, the Public Suffix List: the pattern names a resource that exists.
 */
class NativeImageMetadataTests {

	private static final String METADATA = "/META-INF/native-image/io.crossorigin/cors-core/resource-config.json";

	@Test
	void theResourceMetadataNamesThePublicSuffixListWhereItIs() throws IOException {
		String json;
		try (InputStream in = CorsPolicy.class.getResourceAsStream(METADATA)) {
			assertThat(in).as(METADATA).isNotNull();
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher quoted = Pattern.compile("\\\\\\\\Q(.+?)\\\\\\\\E").matcher(json);
		assertThat(quoted.find()).as(json).isTrue();
		String resource = quoted.group(1);
		assertThat(resource).endsWith("public_suffix_list.dat");
		try (InputStream in = CorsPolicy.class.getResourceAsStream("/" + resource)) {
			assertThat(in).as(resource).isNotNull();
		}
	}

}
