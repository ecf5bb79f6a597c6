package io.crossorigin.cors.internal.origin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class Ipv6AddressTests {

	@ParameterizedTest
	@CsvSource({ "0:0:0:0:0:0:0:1, ::1", "::1, ::1", "::, ::", "2001:DB8::1, 2001:db8::1",
			"2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
			"1:0:0:2:0:0:0:3, 1:0:0:2::3", "1:2:3:4:5:6:7:0, 1:2:3:4:5:6:7:0", "::ffff:127.0.0.1, ::ffff:7f00:1",
			"fe80:0:0:0:1:0:0:0, fe80::1:0:0:0", "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
			"1:0:0:2:0:0:3:4, 1::2:0:0:3:4", "0:0:1:0:0:0:2:3, 0:0:1::2:3", "ffff::, ffff::", "0:0:0:0:0:0:0:0, ::",
			"::ffff:1.2.3.4, ::ffff:102:304", "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304", "::0.0.0.0, ::",
			"::255.255.255.255, ::ffff:ffff", "ABCD:ef01::, abcd:ef01::", "0001:02:003::, 1:2:3::",
			// the WHATWG parser lets :: stand for no piece at all
			"1::2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8" })
	void addressesAreSerializedAsBrowsersDo(String written, String canonical) {
		assertThat(Ipv6Address.canonical(written)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ":1", "1:", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::g", "1:2:3:4:5:6:7",
			"::1.2.3", "::256.0.0.1", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4.5", "::01.2.3.4",
			":::", "1:2", "1:2:3:4:5:6:7:8:", "::1.2.3.", "::1..2.3", "::.1.2.3", "1.2.3.4", "::1.2.3.4:5", "::-1" })
	void malformedAddressesAreRefused(String written) {
		assertThat(Ipv6Address.canonical(written)).isNull();
	}

}
