package io.concierge.core.kb.search;

import java.util.List;

/** Searches that found nothing, for the editors' "content gaps" report. */
public interface GuideSearchMissService {

    int MAX_REPORTED = 500;

    /**
     * Counts a search without result, once per client, query and interval (a client repeating a search, or
     * looping over it, counts once). The text is {@link GuideSearchMiss#getQuery normalized}; blank text is
     * ignored. Never fails or slows the search: the count may be written a moment later, and a database problem is
     * logged.
     *
     * @param client who searched (e.g. the client address); null counts as one unknown client
     */
    void record(String text, String locale, String client);

    /**
     * The misses asked by the most different clients first, then the most counted, then the most recent.
     *
     * @param locale a guide locale to report on, or null for all languages
     * @param max    1 to {@link #MAX_REPORTED}; values outside are brought within
     */
    List<GuideSearchMiss> topMisses(String locale, int max);
}
