package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMissesTest {

    @Test
    void normalizesCaseAndWhiteSpace() {
        assertThat(SearchMisses.normalize("  Tênis   AZUL\t\n número\u00A042 ")).isEqualTo("tênis azul número 42");
        assertThat(SearchMisses.normalize("a\u0000\u200Bb")).isEqualTo("a b");
    }

    @Test
    void blankIsNothingToRecord() {
        assertThat(SearchMisses.normalize(null)).isNull();
        assertThat(SearchMisses.normalize(" \t\u00A0\u0000 ")).isNull();
    }

    @Test
    void capsTheLength() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            huge.append("word ");
        }
        String normalized = SearchMisses.normalize(huge.toString());
        assertThat(normalized).hasSizeLessThanOrEqualTo(SearchMisses.MAX_QUERY_LENGTH).startsWith("word word")
                .doesNotEndWith(" ");
    }
}
