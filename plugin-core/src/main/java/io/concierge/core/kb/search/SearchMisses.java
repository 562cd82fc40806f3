package io.concierge.core.kb.search;

import java.util.Locale;

/** How a search without result is written down, so that the same search typed differently counts once. */
final class SearchMisses {

    static final int MAX_QUERY_LENGTH = 100;

    private SearchMisses() {
    }

    /** Trimmed, lower case, runs of white space and invisible characters as one space, capped; null if blank. */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = QueryWords.truncate(text, QueryWords.MAX_CHARS)
                .replaceAll("[\\s\\p{Z}\\p{Cc}\\p{Cf}]+", " ").trim().toLowerCase(Locale.ROOT);
        if (collapsed.isEmpty()) {
            return null;
        }
        return QueryWords.truncate(collapsed, MAX_QUERY_LENGTH).trim();
    }
}
