package io.concierge.core.kb.search;

import java.util.List;

/** Searches that found nothing, for the editors' "content gaps" report. */
public interface GuideSearchMissService {

    int MAX_REPORTED = 500;

    /**
     * Counts a search without result. The text is {@link GuideSearchMiss#getQuery normalized}; blank text is
     * ignored. Never fails or slows the search: the count may be written a moment later, and a database problem is
     * logged.
     */
    void record(String text, String locale);

    /**
     * The most frequent misses first (ties: the most recent first).
     *
     * @param locale a guide locale to report on, or null for all languages
     * @param max    1 to {@link #MAX_REPORTED}; values outside are brought within
     */
    List<GuideSearchMiss> topMisses(String locale, int max);
}
