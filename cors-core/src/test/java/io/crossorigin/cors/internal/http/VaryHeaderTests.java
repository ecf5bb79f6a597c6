package io.crossorigin.cors.internal.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VaryHeaderTests {

	@Test
	void absentOrBlankVaryTakesTheAddedTokensAsTheyAre() {
		String added = "Origin, Access-Control-Request-Method";
		assertThat(VaryHeader.merge(null, added)).isSameAs(added);
		assertThat(VaryHeader.merge(" ", added)).isSameAs(added);
	}

	@Test
	void coveredTokensLeaveTheValueUnchanged() {
		assertThat(VaryHeader.merge("accept-encoding, ORIGIN", "Origin")).isNull();
	}

	@Test
	void missingTokensAreAppendedOnceInOrder() {
		assertThat(VaryHeader.merge("Accept-Encoding,Origin", "Origin, Access-Control-Request-Method"))
			.isEqualTo("Accept-Encoding, Origin, Access-Control-Request-Method");
	}

	@Test
	void repeatedExistingTokensAreCollapsedWhenTheValueIsRewritten() {
		assertThat(VaryHeader.merge("Accept, accept, Accept-Language", "Origin"))
			.isEqualTo("Accept, Accept-Language, Origin");
	}

	@Test
	void tabsAroundTokensAreOptionalWhiteSpaceToo() {
		assertThat(VaryHeader.merge("Accept-Encoding,\tOrigin\t", "Origin")).isNull();
		assertThat(VaryHeader.merge("Accept\t,\tOrigin", "Origin, Access-Control-Request-Method"))
			.isEqualTo("Accept, Origin, Access-Control-Request-Method");
	}

	@Test
	void unionKeepsEachTokenOnceInTheOrderFirstSeen() {
		assertThat(VaryHeader.union("Origin, accept-encoding,\torigin", "Accept-Encoding, Accept"))
			.isEqualTo("Origin, accept-encoding, Accept");
		assertThat(VaryHeader.union(null, " , ")).isNull();
		assertThat(VaryHeader.union("Origin", "*")).isEqualTo("*");
	}

	@Test
	void starAlreadyVariesOnEverything() {
		assertThat(VaryHeader.merge("Accept, *", "Origin")).isNull();
	}

	@Test
	void tokenLookupIgnoresCaseAndWhiteSpaceButNotPartialNames() {
		assertThat(VaryHeader.containsToken(" origin ,Accept", "Origin")).isTrue();
		assertThat(VaryHeader.containsToken("Origin-Agent-Cluster", "Origin")).isFalse();
		assertThat(VaryHeader.containsToken("", "Origin")).isFalse();
	}

}
