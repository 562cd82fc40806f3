package io.concierge.core.helpcenter.faq;

import java.util.List;

/** The help center's FAQ (bean {@code cncFaqService}). */
public interface FaqService {

    FaqEntry create();

    /**
     * Sanitizes the answer, checks {@link FaqRules} and saves; the search index follows after the commit.
     *
     * @throws InvalidFaqEntryException with field message keys; nothing is saved then
     */
    FaqEntry save(FaqEntry entry);

    void delete(long entryId);

    FaqEntry findById(long entryId);

    /** A published entry, or null (a draft and an unknown id alike). */
    FaqEntry findPublished(long entryId);

    /** Published entries of a language ("en", "pt_BR", "es"), by category, display order and id. */
    List<FaqEntry> listPublished(String locale);

    List<FaqEntry> mostViewed(String locale, int max);

    /** One view of a published entry: a single update statement; false (nothing counted) otherwise. */
    boolean recordView(long entryId);

    /**
     * A guide offered before contact solved the shopper's question: kept for the deflection report (the knowledge
     * base counts it as a helpful vote).
     */
    void recordGuideSolved(long guideId);

    /** One "this solved it" of a published entry; false (nothing counted) otherwise. */
    boolean recordSolved(long entryId);
}
