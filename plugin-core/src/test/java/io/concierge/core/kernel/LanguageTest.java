package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void anyPortugueseOrSpanishLocaleFindsItsLanguageAndEverythingElseIsEnglish() {
        assertThat(Language.forLocale("pt_BR")).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.forLocale("pt-PT")).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.forLocale(" PT ")).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.forLocale("es_MX")).isEqualTo(Language.SPANISH);
        assertThat(Language.forLocale(new Locale("es", "AR"))).isEqualTo(Language.SPANISH);
        assertThat(Language.forLocale("en_US")).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale("fr")).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale("pta")).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale((String) null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void tellsSupportedLocalesWithoutFallingBack() {
        assertThat(Language.isSupported("pt_BR")).isTrue();
        assertThat(Language.isSupported("en")).isTrue();
        assertThat(Language.isSupported("es")).isTrue();
        assertThat(Language.isSupported("fr")).isFalse();
        assertThat(Language.isSupported(null)).isFalse();
    }

    @Test
    void storedCodesAreExact() {
        assertThat(Language.codes()).containsExactly("en", "pt_BR", "es");
        assertThat(Language.ofCode("pt_BR")).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.ofCode("pt")).isNull();
        assertThat(Language.PORTUGUESE.isoCode()).isEqualTo("pt");
    }
}
