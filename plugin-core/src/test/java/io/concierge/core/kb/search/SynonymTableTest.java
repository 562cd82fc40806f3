package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymTableTest {

    private final SynonymTable table = new SynonymTable.Builder()
            .add("pt_BR", "tenis, sapatilha, calçado esportivo")
            .add("pt_BR", "calçado, sapato")
            .add("es", "zapatilla, tenis")
            .add("en", "sneaker, trainer")
            .add("en", "trainer, coach")
            .add("fr", "basket, chaussure")
            .add("pt_BR", "invalid line")
            .build();

    @Test
    void aWordWithSynonymsBecomesOneGroupOfAlternatives() {
        List<TermGroup> groups = expand(Language.PORTUGUESE, "tenis", "azul");

        assertThat(groups).extracting(TermGroup::getTyped).containsExactly("tenis", "azul");
        assertThat(groups.get(0).getSynonyms()).containsExactly("sapatilha", "calçado esportivo");
        assertThat(groups.get(1).getSynonyms()).isEmpty();
    }

    @Test
    void wordsMatchTermsWhateverTheirCaseAccentsOrNumber() {
        assertThat(expand(Language.PORTUGUESE, "TÊNIS").get(0).getSynonyms())
                .containsExactly("sapatilha", "calçado esportivo");
        assertThat(expand(Language.PORTUGUESE, "Sapatilhas").get(0).getSynonyms())
                .containsExactly("tenis", "calçado esportivo");
    }

    @Test
    void theLongestTermWinsOverAShorterOneStartingAlike() {
        List<TermGroup> groups = expand(Language.PORTUGUESE, "calcado", "esportivo", "barato");

        assertThat(groups).extracting(TermGroup::getTyped).containsExactly("calcado esportivo", "barato");
        assertThat(groups.get(0).getSynonyms()).containsExactly("tenis", "sapatilha");

        assertThat(expand(Language.PORTUGUESE, "calçado", "barato").get(0).getSynonyms()).containsExactly("sapato");
    }

    @Test
    void aTermInSeveralLinesGetsTheAlternativesOfAll() {
        assertThat(expand(Language.ENGLISH, "trainers").get(0).getSynonyms()).containsExactly("sneaker", "coach");
        assertThat(expand(Language.ENGLISH, "sneaker").get(0).getSynonyms()).containsExactly("trainer");
    }

    @Test
    void linesApplyOnlyToTheirOwnLanguage() {
        assertThat(expand(Language.SPANISH, "tenis").get(0).getSynonyms()).containsExactly("zapatilla");
        assertThat(expand(Language.ENGLISH, "tenis").get(0).getSynonyms()).isEmpty();
        assertThat(expand(Language.ENGLISH, "basket").get(0).getSynonyms()).isEmpty();
    }

    @Test
    void stopWordsAreLeftOutWithOrWithoutAccents() {
        assertThat(expand(Language.PORTUGUESE, "como", "trocar", "o", "tênis", "que", "não", "nao", "serve"))
                .extracting(TermGroup::getTyped).containsExactly("trocar", "tênis", "serve");
        assertThat(expand(Language.ENGLISH, "the", "return", "of", "a", "sneaker"))
                .extracting(TermGroup::getTyped).containsExactly("return", "sneaker");
        assertThat(expand(Language.SPANISH, "de", "la", "para")).isEmpty();
    }

    @Test
    void withoutSynonymsEveryWordThatIsNoStopWordIsAGroup() {
        assertThat(SynonymTable.EMPTY.expand(Language.ENGLISH, Arrays.asList("running", "shoes")))
                .extracting(TermGroup::getTyped).containsExactly("running", "shoes");
    }

    @Test
    void aGroupHasAtMostEightSynonyms() {
        SynonymTable many = new SynonymTable.Builder()
                .add("en", "a1, b2, c3, d4, e5, f6, g7, h8, i9, j10, k11").build();

        assertThat(many.expand(Language.ENGLISH, Arrays.asList("a1")).get(0).getSynonyms())
                .hasSize(SynonymTable.MAX_SYNONYMS_PER_GROUP).startsWith("b2");
    }

    private List<TermGroup> expand(Language language, String... words) {
        return table.expand(language, Arrays.asList(words));
    }
}
