package io.concierge.core.kb.search;

/** The shoppers' guide search, for storefront pages and the JSON API. */
public interface GuideSearchService {

    /**
     * Finds the published guides of the query's language that match every word typed (or a synonym of it, or, for
     * words of five letters or more, a word one typo away). Any text is accepted: blank text finds nothing, and
     * syntax characters are searched as plain text, never interpreted. A search without result is recorded for
     * the content-gaps report.
     *
     * @throws GuideIndexException when the index cannot be reached; nothing else for any input
     */
    GuideSearchResult search(GuideSearchQuery query);

    /**
     * As {@link #search}, over the documents of every kind in the index (guides and the help center's FAQ entries)
     * in one ranked list; {@link GuideSearchHit#isFaq()} tells them apart. A search without result is a content gap
     * like any other.
     */
    GuideSearchResult searchAllKinds(GuideSearchQuery query);

    /**
     * As {@link #searchAllKinds}, for suggestions while someone types (the help center's case form): a search
     * without result is not a content gap, since half-typed words would fill the report.
     */
    GuideSearchResult suggestAllKinds(GuideSearchQuery query);
}
