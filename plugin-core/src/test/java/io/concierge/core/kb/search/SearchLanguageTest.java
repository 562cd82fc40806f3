package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchLanguageTest {

    @Test
    void mapsLocalesToLanguagesAndFallsBackToEnglish() {
        assertThat(SearchLanguage.forLocale("pt_BR")).isEqualTo(SearchLanguage.PT);
        assertThat(SearchLanguage.forLocale("pt-PT")).isEqualTo(SearchLanguage.PT);
        assertThat(SearchLanguage.forLocale(" PT ")).isEqualTo(SearchLanguage.PT);
        assertThat(SearchLanguage.forLocale("es_MX")).isEqualTo(SearchLanguage.ES);
        assertThat(SearchLanguage.forLocale("en_US")).isEqualTo(SearchLanguage.EN);
        assertThat(SearchLanguage.forLocale("fr")).isEqualTo(SearchLanguage.EN);
        assertThat(SearchLanguage.forLocale("pta")).isEqualTo(SearchLanguage.EN);
        assertThat(SearchLanguage.forLocale(null)).isEqualTo(SearchLanguage.EN);
    }

    @Test
    void onlyTheThreeLanguagesAreSupported() {
        assertThat(SearchLanguage.isSupported("pt_BR")).isTrue();
        assertThat(SearchLanguage.isSupported("en")).isTrue();
        assertThat(SearchLanguage.isSupported("es")).isTrue();
        assertThat(SearchLanguage.isSupported("fr")).isFalse();
        assertThat(SearchLanguage.isSupported(null)).isFalse();
    }

    @Test
    void namesFieldsAndTheCanonicalGuideLocale() {
        assertThat(SearchLanguage.PT.field("body")).isEqualTo("body_pt");
        assertThat(SearchLanguage.PT.locale()).isEqualTo("pt_BR");
    }
}
