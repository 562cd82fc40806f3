package io.concierge.admin.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymLinePropertyValidatorTest {

    @Test
    void acceptsALineTheSearchCanUse() {
        assertThat(SynonymLinePropertyValidator.problem("mochila, morral")).isNull();
        assertThat(SynonymLinePropertyValidator.problem("tenis, sapatilha, calçado esportivo")).isNull();
    }

    @Test
    void explainsATermOfTooManyWords() {
        assertThat(SynonymLinePropertyValidator.problem("tent, shelter for four people at night"))
                .contains("\"shelter for four people at night\" is too long");
    }

    @Test
    void explainsTooManyTerms() {
        StringBuilder line = new StringBuilder("t0");
        for (int i = 1; i <= 20; i++) {
            line.append(", t").append(i);
        }

        assertThat(SynonymLinePropertyValidator.problem(line.toString())).contains("at most 20 terms");
    }

    @Test
    void leavesFewerThanTwoTermsToTheRegularExpressionCheck() {
        assertThat(SynonymLinePropertyValidator.problem("duffel")).isNull();
        assertThat(SynonymLinePropertyValidator.problem(" , duffel,")).isNull();
        assertThat(SynonymLinePropertyValidator.problem(null)).isNull();
    }
}
