package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page of search results. */
public final class GuideSearchResult {

    private final String text;
    private final int page;
    private final int pageSize;
    private final long total;
    private final List<GuideSearchHit> hits;
    private final String suggestion;

    public GuideSearchResult(String text, int page, int pageSize, long total, List<GuideSearchHit> hits,
                             String suggestion) {
        this.text = text;
        this.page = page;
        this.pageSize = pageSize;
        this.total = total;
        this.hits = Collections.unmodifiableList(new ArrayList<GuideSearchHit>(hits));
        this.suggestion = suggestion;
    }

    static GuideSearchResult none(String text, GuideSearchQuery query) {
        return new GuideSearchResult(text, query.getPage(), query.getPageSize(), 0,
                Collections.<GuideSearchHit>emptyList(), null);
    }

    /** The words that were searched (the typed text, cleaned and shortened), plain text. */
    public String getText() {
        return text;
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** How many guides match in all (not only on this page). */
    public long getTotal() {
        return total;
    }

    public int getTotalPages() {
        long reachable = Math.min(total, GuideSearchQuery.MAX_RESULT_POSITION);
        return (int) ((reachable + pageSize - 1) / pageSize);
    }

    public List<GuideSearchHit> getHits() {
        return hits;
    }

    /** "Did you mean": the searched words with misspelled ones corrected, plain text; null when none. */
    public String getSuggestion() {
        return suggestion;
    }
}
