package io.concierge.core.helpcenter.faq;

import java.util.Collection;
import java.util.List;

public interface FaqDao {

    FaqEntry create();

    FaqEntry save(FaqEntry entry);

    void delete(FaqEntry entry);

    FaqEntry readById(Long id);

    List<FaqEntry> readByIds(Collection<Long> ids);

    long countAll();

    List<FaqEntry> readOrderedById(int first, int max);

    /** Published entries of a language, by category, display order and id. */
    List<FaqEntry> readPublished(String locale);

    /** Published entries of a language, most viewed first. */
    List<FaqEntry> readMostViewed(String locale, int max);

    /** Adds one view to a published entry; 0 when it is not published (or unknown). */
    int incrementViews(Long id);

    /** Adds one "this solved it" to a published entry; 0 when it is not published (or unknown). */
    int incrementSolved(Long id);

    /** Keeps one "this solved it" with its time, for the weekly deflection report. */
    void addSolved(SolvedAnswerImpl solved);
}
