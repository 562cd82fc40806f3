package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolrGuideQueriesTest {

    @Test
    void everyGroupIsRequiredInTheLanguagesTextAndATitleMatchAddsToTheScore() {
        String query = SolrGuideQueries.mainQuery(Language.PORTUGUESE, groups("luva", "azul"), false);

        assertThat(query).isEqualTo("+(all_pt:\"luva\") +(all_pt:\"azul\")"
                + " title_pt:\"luva\"^3 title_pt:\"azul\"^3");
        assertThat(required(parse(query))).hasSize(2);
    }

    @Test
    void whenTypoTolerantWordsOfFiveLettersOrMoreAlsoMatchWithOneTypo() {
        String query = SolrGuideQueries.mainQuery(Language.ENGLISH, groups("warranty", "size", "x1234"), true);

        assertThat(query).contains("+(all_en:\"warranty\" OR words_en:warranty~1^0.5)");
        assertThat(query).doesNotContain("size~").doesNotContain("x1234~");
        assertThat(SolrGuideQueries.mainQuery(Language.ENGLISH, groups("warranty"), false)).doesNotContain("~");
    }

    @Test
    void synonymsAreAlternativesWithinTheGroupAndMultiWordTermsArePhrases() {
        List<TermGroup> groups = Collections.singletonList(
                new TermGroup("tenis", Arrays.asList("sapatilha", "calçado esportivo")));

        String query = SolrGuideQueries.mainQuery(Language.PORTUGUESE, groups, true);

        assertThat(query).startsWith("+(all_pt:\"tenis\" OR all_pt:\"sapatilha\" OR all_pt:\"calçado esportivo\""
                + " OR words_pt:tenis~1^0.5)").contains("title_pt:\"calçado esportivo\"^3")
                .doesNotContain("sapatilha~");
        assertThat(required(parse(query))).hasSize(1);
    }

    @Test
    void syntaxCharactersAreEscapedSoTheQueryStaysOneTermPerField() {
        String hostile = "a\"b(c):d*e\\f{!g}h AND i||j";
        String query = SolrGuideQueries.mainQuery(Language.ENGLISH, groups(hostile), true);

        BooleanQuery parsed = parse(query);
        assertThat(parsed.clauses()).hasSize(2);
        List<BooleanClause> required = required(parsed);
        assertThat(required).hasSize(1);
        assertThat(required.get(0).getQuery().toString()).isEqualTo("all_en:\"" + hostile + "\"");
        assertThat(parsed.clauses().get(1).getQuery().toString()).isEqualTo("title_en:\"" + hostile + "\"^3.0");
    }

    @Test
    void snippetsMarkEveryTermInSummaryAndLead() {
        List<TermGroup> groups = Arrays.asList(new TermGroup("tenis", Arrays.asList("sapatilha")),
                new TermGroup("azul", Collections.<String>emptyList()));

        String query = SolrGuideQueries.highlightQuery(Language.PORTUGUESE, groups);

        assertThat(query).isEqualTo("lead_pt:\"tenis\" summary_pt:\"tenis\" lead_pt:\"sapatilha\""
                + " summary_pt:\"sapatilha\" lead_pt:\"azul\" summary_pt:\"azul\"");
        assertThat(required(parse(query))).isEmpty();
    }

    @Test
    void aSearchWithoutGroupsIsAProgrammingError() {
        assertThatThrownBy(() -> SolrGuideQueries.mainQuery(Language.ENGLISH,
                Collections.<TermGroup>emptyList(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<TermGroup> groups(String... typed) {
        List<TermGroup> groups = new ArrayList<TermGroup>();
        for (String term : typed) {
            groups.add(new TermGroup(term, Collections.<String>emptyList()));
        }
        return groups;
    }

    private static List<BooleanClause> required(BooleanQuery query) {
        List<BooleanClause> required = new ArrayList<BooleanClause>();
        for (BooleanClause clause : query.clauses()) {
            if (clause.getOccur() == BooleanClause.Occur.MUST) {
                required.add(clause);
            }
        }
        return required;
    }

    /** Lucene's classic parser reads the same syntax as Solr's standard one; whitespace analysis keeps terms whole. */
    private static BooleanQuery parse(String query) {
        try {
            return (BooleanQuery) new QueryParser(Version.LUCENE_44, "none",
                    new WhitespaceAnalyzer(Version.LUCENE_44)).parse(query);
        } catch (Exception e) {
            throw new AssertionError("Not valid query syntax: " + query, e);
        }
    }
}
