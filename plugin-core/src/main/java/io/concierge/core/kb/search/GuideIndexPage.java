package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the index found for a {@link GuideIndexQuery}. */
public final class GuideIndexPage {

    private final long total;
    private final List<GuideSearchHit> hits;
    private final String suggestion;

    public GuideIndexPage(long total, List<GuideSearchHit> hits, String suggestion) {
        this.total = total;
        this.hits = Collections.unmodifiableList(new ArrayList<GuideSearchHit>(hits));
        this.suggestion = suggestion;
    }

    public long getTotal() {
        return total;
    }

    public List<GuideSearchHit> getHits() {
        return hits;
    }

    /** Null when every word is spelled as in some guide. */
    public String getSuggestion() {
        return suggestion;
    }
}
