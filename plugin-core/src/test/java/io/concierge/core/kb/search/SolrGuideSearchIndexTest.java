package io.concierge.core.kb.search;

import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SolrGuideSearchIndexTest {

    @Test
    void theSuggestionReplacesEachMisspelledWordByItsFirstAlternative() {
        String checked = "waranty for runnign shoes";
        NamedList<Object> suggestions = new NamedList<Object>();
        suggestions.add("runnign", suggestion(12, 19, "running", "cunning"));
        suggestions.add("waranty", suggestion(0, 7, "warranty"));

        assertThat(SolrGuideSearchIndex.suggestion(checked, spelling(suggestions)))
                .isEqualTo("warranty for running shoes");
    }

    @Test
    void noSuggestionWhenNothingChangesOrOffsetsDoNotFit() {
        NamedList<Object> sameWord = new NamedList<Object>();
        sameWord.add("shoes", suggestion(0, 5, "Shoes"));
        assertThat(SolrGuideSearchIndex.suggestion("shoes", spelling(sameWord))).isNull();

        NamedList<Object> outside = new NamedList<Object>();
        outside.add("x", suggestion(3, 99, "y"));
        assertThat(SolrGuideSearchIndex.suggestion("shoes", spelling(outside))).isNull();

        assertThat(SolrGuideSearchIndex.suggestion("shoes", null)).isNull();
        assertThat(SolrGuideSearchIndex.suggestion("shoes", spelling(new NamedList<Object>()))).isNull();
    }

    private static NamedList<Object> suggestion(int start, int end, String... alternatives) {
        NamedList<Object> suggestion = new NamedList<Object>();
        suggestion.add("numFound", alternatives.length);
        suggestion.add("startOffset", start);
        suggestion.add("endOffset", end);
        suggestion.add("suggestion", Arrays.asList(alternatives));
        return suggestion;
    }

    private static SpellCheckResponse spelling(NamedList<Object> suggestions) {
        NamedList<NamedList<Object>> spellcheck = new NamedList<NamedList<Object>>();
        spellcheck.add("suggestions", suggestions);
        return new SpellCheckResponse(spellcheck);
    }
}
