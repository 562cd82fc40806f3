package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymLineTest {

    @Test
    void readsCommaSeparatedTermsWithTheirWhiteSpaceTidied() {
        SynonymLine line = SynonymLine.parse(" tenis ,sapatilha,  calçado \t esportivo ,, ");

        assertThat(line.isValid()).isTrue();
        assertThat(line.getProblem()).isNull();
        assertThat(line.getTerms()).containsExactly("tenis", "sapatilha", "calçado esportivo");
    }

    @Test
    void refusesLinesThatCannotMeanAnythingWithAReason() {
        assertThat(SynonymLine.parse(null).getProblem()).contains("at least two terms");
        assertThat(SynonymLine.parse("tenis").getProblem()).contains("at least two terms");
        assertThat(SynonymLine.parse("tenis, ,").getProblem()).contains("at least two terms");
        assertThat(SynonymLine.parse("a, one two three four five").getProblem()).contains("at most 4 words");
        StringBuilder many = new StringBuilder("t0");
        for (int i = 1; i <= SynonymLine.MAX_TERMS; i++) {
            many.append(", t").append(i);
        }
        assertThat(SynonymLine.parse(many.toString()).getProblem()).contains("at most 20 terms");
        assertThat(SynonymLine.parse("tenis").getTerms()).isEmpty();
    }

    @Test
    void theAdminPatternAcceptsExactlyTheLinesWithTwoTermsOrMore() {
        String pattern = GuideSynonymSetImpl.TWO_TERMS_PATTERN;
        assertThat("tenis, sapatilha").matches(pattern);
        assertThat(", tenis,,sapatilha, calçado esportivo").matches(pattern);
        assertThat("tenis,\nsapatilha").matches(pattern);
        assertThat("tenis").doesNotMatch(pattern);
        assertThat("tenis,").doesNotMatch(pattern);
        assertThat(" , tenis , ").doesNotMatch(pattern);
        assertThat("tenis sapatilha").doesNotMatch(pattern);
    }
}
