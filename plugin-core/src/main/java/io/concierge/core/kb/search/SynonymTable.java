package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's synonyms, ready to expand searches. Terms are compared by their {@link LanguageWords#key keys},
 * so a line with "sapatilha" also expands "Sapatilhas". Immutable: a changed synonym builds a new table.
 */
public final class SynonymTable {

    /** Keeps a query with many synonyms within Solr's clause limits. */
    static final int MAX_SYNONYMS_PER_GROUP = 8;

    public static final SynonymTable EMPTY = new Builder().build();

    private final Map<Language, LanguageTable> languages;

    private SynonymTable(Map<Language, LanguageTable> languages) {
        this.languages = languages;
    }

    /**
     * Splits the shopper's words into the groups a guide must match, longest synonym terms first, and leaves out
     * stop words that are no synonym term. Returns no groups when only stop words were typed.
     */
    public List<TermGroup> expand(Language language, List<String> words) {
        LanguageWords languageWords = LanguageWords.of(language);
        LanguageTable table = languages.get(language);
        List<String> keys = new ArrayList<String>(words.size());
        for (String word : words) {
            keys.add(languageWords.key(word));
        }
        List<TermGroup> groups = new ArrayList<TermGroup>();
        int position = 0;
        while (position < words.size()) {
            List<String> match = table.longestTermAt(keys, position);
            if (match != null) {
                String typed = String.join(" ", words.subList(position, position + match.size()));
                groups.add(new TermGroup(typed, table.alternatives(match)));
                position += match.size();
            } else {
                String word = words.get(position);
                if (!keys.get(position).isEmpty() && !languageWords.isStopWord(word)) {
                    groups.add(new TermGroup(word, Collections.<String>emptyList()));
                }
                position++;
            }
        }
        return groups;
    }

    public static final class Builder {

        private final Map<Language, LanguageTable> languages = new EnumMap<Language, LanguageTable>(
                Language.class);

        public Builder() {
            for (Language language : Language.values()) {
                languages.put(language, new LanguageTable());
            }
        }

        /** Adds a line of the given guide locale; lines that do not {@link SynonymLine#parse parse} are skipped. */
        public Builder add(String locale, String line) {
            SynonymLine parsed = SynonymLine.parse(line);
            if (parsed.isValid() && Language.isSupported(locale)) {
                Language language = Language.forLocale(locale);
                languages.get(language).addLine(LanguageWords.of(language), parsed.getTerms());
            }
            return this;
        }

        public SynonymTable build() {
            return new SynonymTable(new EnumMap<Language, LanguageTable>(languages));
        }
    }

    /** One language's terms: each term's key words, mapped to the texts of all terms it is equivalent to. */
    private static final class LanguageTable {

        private final Map<List<String>, Map<List<String>, String>> alternativesByTerm =
                new HashMap<List<String>, Map<List<String>, String>>();
        private final Map<String, List<List<String>>> termsByFirstWord = new HashMap<String, List<List<String>>>();

        void addLine(LanguageWords words, List<String> terms) {
            Map<List<String>, String> line = new LinkedHashMap<List<String>, String>();
            for (String term : terms) {
                List<String> termKey = termKey(words, term);
                if (!termKey.isEmpty() && !line.containsKey(termKey)) {
                    line.put(termKey, term);
                }
            }
            if (line.size() < 2) {
                return;
            }
            for (List<String> termKey : line.keySet()) {
                Map<List<String>, String> alternatives = alternativesByTerm.get(termKey);
                if (alternatives == null) {
                    alternatives = new LinkedHashMap<List<String>, String>();
                    alternativesByTerm.put(termKey, alternatives);
                    addByFirstWord(termKey);
                }
                for (Map.Entry<List<String>, String> other : line.entrySet()) {
                    if (!other.getKey().equals(termKey) && !alternatives.containsKey(other.getKey())) {
                        alternatives.put(other.getKey(), other.getValue());
                    }
                }
            }
        }

        /** The longest term whose key words start at {@code position}, or null. */
        List<String> longestTermAt(List<String> keys, int position) {
            List<List<String>> candidates = termsByFirstWord.get(keys.get(position));
            if (candidates == null) {
                return null;
            }
            for (List<String> term : candidates) {
                int end = position + term.size();
                if (end <= keys.size() && keys.subList(position, end).equals(term)) {
                    return term;
                }
            }
            return null;
        }

        List<String> alternatives(List<String> term) {
            List<String> texts = new ArrayList<String>(alternativesByTerm.get(term).values());
            return texts.size() > MAX_SYNONYMS_PER_GROUP ? texts.subList(0, MAX_SYNONYMS_PER_GROUP) : texts;
        }

        /** One key per word of the term: words are matched one by one against the shopper's words. */
        private static List<String> termKey(LanguageWords words, String term) {
            List<String> key = new ArrayList<String>();
            for (String word : term.split(" ")) {
                String wordKey = words.key(word);
                if (wordKey.isEmpty()) {
                    return Collections.emptyList();
                }
                key.add(wordKey);
            }
            return key;
        }

        private void addByFirstWord(List<String> termKey) {
            List<List<String>> terms = termsByFirstWord.get(termKey.get(0));
            if (terms == null) {
                terms = new ArrayList<List<String>>();
                termsByFirstWord.put(termKey.get(0), terms);
            }
            terms.add(termKey);
            // Longest first, so that "calçado esportivo" wins over "calçado".
            Collections.sort(terms, (a, b) -> b.size() - a.size());
        }
    }
}
