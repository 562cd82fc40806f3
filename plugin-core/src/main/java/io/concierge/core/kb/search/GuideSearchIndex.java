package io.concierge.core.kb.search;

import java.util.Collection;
import java.util.List;

/**
 * Concierge's own full-text index of guides (separate from Broadleaf's product index). Only listed guides are
 * kept in it; whether a listed guide is already published is decided at search time, so a scheduled guide becomes
 * findable at its publish time without any write. Methods throw {@link GuideIndexException} when the index is
 * unreachable.
 */
public interface GuideSearchIndex {

    /**
     * Adds or replaces the listed guides of {@code saved}, removes its unlisted ones and {@code deletedGuideIds}
     * (removing a guide that is not indexed does nothing); searches see all of it when this returns.
     */
    void write(List<GuideDocument> saved, Collection<Long> deletedGuideIds);

    /** Writes the listed guides of a batch of a full rebuild, without making them visible yet. */
    void putBatch(List<GuideDocument> guides);

    /**
     * Ends a full rebuild: removes every guide not written during the last {@code rewrittenWithinMillis} (guides
     * that no longer exist or are no longer listed), then makes all writes visible.
     */
    void finishRebuild(long rewrittenWithinMillis);

    GuideIndexPage search(GuideIndexQuery query);
}
