package io.concierge.core.kb.search;

import java.util.List;

/**
 * Concierge's own full-text index of guides (separate from Broadleaf's product index). Only listed guides are
 * kept in it; whether a listed guide is already published is decided at search time, so a scheduled guide becomes
 * findable at its publish time without any write. Methods throw {@link GuideIndexException} when the index is
 * unreachable.
 */
public interface GuideSearchIndex {

    /** Adds or replaces a listed guide, removes an unlisted one; searches see the change when this returns. */
    void put(GuideDocument guide);

    /** Searches see the removal when this returns; removing a guide that is not indexed does nothing. */
    void remove(long guideId);

    /** Writes the listed guides of a batch of a full rebuild, without making them visible yet. */
    void putBatch(List<GuideDocument> guides);

    /**
     * Ends a full rebuild: removes every guide not written during the last {@code rewrittenWithinMillis} (guides
     * that no longer exist or are no longer listed), then makes all writes visible.
     */
    void finishRebuild(long rewrittenWithinMillis);

    GuideIndexPage search(GuideIndexQuery query);
}
