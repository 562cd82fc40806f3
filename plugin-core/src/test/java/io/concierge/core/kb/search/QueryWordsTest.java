package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryWordsTest {

    @Test
    void splitsOnWhiteSpaceAndTrimsPunctuationAroundWords() {
        assertThat(QueryWords.split("  Como  trocar\to tênis?! \"azul\" (wi-fi) don't  "))
                .containsExactly("Como", "trocar", "o", "tênis", "azul", "wi-fi", "don't");
    }

    @Test
    void nothingToSearchInBlankOrPunctuationOnlyText() {
        assertThat(QueryWords.split(null)).isEmpty();
        assertThat(QueryWords.split(" \t\n ")).isEmpty();
        assertThat(QueryWords.split("\"(:* *:* ?? -- !!")).isEmpty();
    }

    @Test
    void removesControlAndInvisibleCharacters() {
        assertThat(QueryWords.split("te\u0000nis\u200B \uE000mark\uE001 \u0007")).containsExactly("tenis", "mark");
    }

    @Test
    void boundsTheLengthOfTheTextTheWordsAndTheirNumber() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            huge.append(i % 7 == 0 ? ' ' : 'x');
        }
        List<String> words = QueryWords.split(huge.toString());
        assertThat(words).hasSizeLessThanOrEqualTo(QueryWords.MAX_WORDS);
        assertThat(String.join(" ", words).length()).isLessThanOrEqualTo(QueryWords.MAX_CHARS);

        assertThat(QueryWords.split(repeat('a', 500))).containsExactly(repeat('a', QueryWords.MAX_WORD_CHARS));
        assertThat(QueryWords.split("a b c d e f g h i j k l m")).hasSize(QueryWords.MAX_WORDS).endsWith("j");
    }

    @Test
    void neverCutsASurrogatePairInTwo() {
        String text = repeat('a', QueryWords.MAX_CHARS - 1) + "\uD83D\uDE00";
        String cut = QueryWords.truncate(text, QueryWords.MAX_CHARS);
        assertThat(cut).isEqualTo(repeat('a', QueryWords.MAX_CHARS - 1));
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
