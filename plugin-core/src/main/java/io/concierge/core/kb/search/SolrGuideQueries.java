package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.apache.solr.client.solrj.util.ClientUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a search as queries in Solr's standard syntax. Every group is required: its typed term or one of its
 * synonyms must occur in the guide's text of the language ({@code all_xx}: title, summary, body and tags,
 * analysed by Solr with stemming and folded accents). A match in the title only adds to the score, so that the
 * matching itself reads one field per term. In a typo-tolerant query, a typed single word of
 * {@value #FUZZY_MIN_LENGTH} letters or more also matches words one edit away. Terms are quoted (inside quotes only
 * {@code "} and {@code \} are special, and they are escaped) or, for fuzzy terms, fully escaped: the shopper
 * cannot write syntax.
 */
final class SolrGuideQueries {

    static final int FUZZY_MIN_LENGTH = 5;

    private SolrGuideQueries() {
    }

    /** The query matching every group; {@code groups} must not be empty. */
    static String mainQuery(Language language, List<TermGroup> groups, boolean typoTolerant) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("A search needs at least one term group");
        }
        StringBuilder query = new StringBuilder();
        for (TermGroup group : groups) {
            query.append(query.length() > 0 ? " +(" : "+(");
            List<String> terms = terms(group);
            for (int i = 0; i < terms.size(); i++) {
                query.append(i > 0 ? " OR " : "").append(LanguageFields.of(language, "all")).append(':')
                        .append(phrase(terms.get(i)));
            }
            if (typoTolerant && isFuzzyCandidate(group.getTyped())) {
                query.append(" OR ").append(LanguageFields.of(language, "words")).append(':')
                        .append(ClientUtils.escapeQueryChars(group.getTyped())).append("~1^0.5");
            }
            query.append(')');
        }
        for (TermGroup group : groups) {
            for (String term : terms(group)) {
                query.append(' ').append(LanguageFields.of(language, "title")).append(':').append(phrase(term)).append("^3");
            }
        }
        return query.toString();
    }

    /** Which words the snippets mark: every term and synonym where it occurs in the summary or the lead. */
    static String highlightQuery(Language language, List<TermGroup> groups) {
        StringBuilder query = new StringBuilder();
        for (TermGroup group : groups) {
            for (String term : terms(group)) {
                query.append(query.length() > 0 ? " " : "")
                        .append(LanguageFields.of(language, "lead")).append(':').append(phrase(term)).append(' ')
                        .append(LanguageFields.of(language, "summary")).append(':').append(phrase(term));
            }
        }
        return query.toString();
    }

    private static List<String> terms(TermGroup group) {
        List<String> terms = new ArrayList<String>(group.getSynonyms().size() + 1);
        terms.add(group.getTyped());
        terms.addAll(group.getSynonyms());
        return terms;
    }

    private static String phrase(String term) {
        return '"' + term.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A single word of letters only: fuzzy matching of numbers or fragments would only add noise. */
    private static boolean isFuzzyCandidate(String term) {
        if (term.codePointCount(0, term.length()) < FUZZY_MIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < term.length(); ) {
            int codePoint = term.codePointAt(i);
            if (!Character.isLetter(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
