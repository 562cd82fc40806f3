package io.concierge.demo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void wordsAreKeptInLowerCase() {
        assertThat(SearchTerms.plainWords("  Ridgeback   TENT ")).isEqualTo("ridgeback tent");
    }

    @Test
    void accentedLettersAndDigitsAreWords() {
        assertThat(SearchTerms.plainWords("Barraca Família 4")).isEqualTo("barraca família 4");
    }

    @Test
    void solrSyntaxBecomesWordBreaks() {
        assertThat(SearchTerms.plainWords("\"trail\" (runner):* name_t:[a TO z] +x -y ~2 ^3 a&&b c||d \\ / ? !"))
                .isEqualTo("trail runner name t a to z x y 2 3 a b c d");
    }

    @Test
    void operatorWordsCannotActAsOperatorsOnceLowerCased() {
        assertThat(SearchTerms.plainWords("tent NOT tarp OR AND")).isEqualTo("tent not tarp or and");
    }

    @Test
    void dotsAndApostrophesInsideWordsAreKept() {
        assertThat(SearchTerms.plainWords("1.5 L o'brien 's .x")).isEqualTo("1.5 l o'brien s x");
    }

    @Test
    void inputWithoutLettersOrDigitsIsNothingToSearchFor() {
        assertThat(SearchTerms.plainWords(null)).isEmpty();
        assertThat(SearchTerms.plainWords("")).isEmpty();
        assertThat(SearchTerms.plainWords("\"(:*")).isEmpty();
        assertThat(SearchTerms.plainWords(" ... ' ")).isEmpty();
    }

    @Test
    void longInputIsCutAtTheLastWholeWord() {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            typed.append("word").append(i).append(' ');
        }

        String words = SearchTerms.plainWords(typed.toString());

        assertThat(words.length()).isLessThanOrEqualTo(SearchTerms.MAX_LENGTH);
        assertThat(words).startsWith("word0 word1 ").endsWith("word14");
    }
}
