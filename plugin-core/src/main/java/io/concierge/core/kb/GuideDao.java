package io.concierge.core.kb;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** Storage of guides. "Visible" means {@link GuideVisibility} at the given time. */
public interface GuideDao {

    Guide readById(Long id);

    Guide readBySlug(String slug);

    Guide save(Guide guide);

    void delete(Guide guide);

    /** Newest first (publish time, then id). */
    List<Guide> readVisible(GuideListingFilter filter, Date now, int first, int max);

    long countVisible(GuideListingFilter filter, Date now);

    /** Every guide visible at {@code now}, any language, newest first, without its content. */
    List<GuideLink> readVisibleLinks(Date now);

    /** The visible guides {@code guideId} suggests, in the editor's order. */
    List<Guide> readVisibleRelated(Long guideId, Date now);

    /** The visible guides linked to a Broadleaf product, newest first. */
    List<Guide> readVisibleForProduct(Long productId, Date now);

    /** Adds one view to a visible guide, atomically; the number of guides changed (0 or 1). */
    int incrementViews(Long guideId, Date now);

    /** Visible guides of a language, most viewed first (then newest), at most {@code max}. */
    List<Guide> readMostViewed(String locale, Date now, int max);

    /** Adds one vote to a visible guide, atomically; the number of guides changed (0 or 1). */
    int incrementVotes(Long guideId, boolean helpful, Date now);

    /** Every guide, whatever its status, with at least {@code minVotes} votes. */
    List<GuideHelpfulness> readHelpfulness(long minVotes);

    /** Helpful and unhelpful votes over all guides: {@code {helpful, unhelpful}}. */
    long[] readVoteTotals();

    long countAll();

    /** Any status, ordered by id. */
    List<Guide> readOrderedById(int first, int max);

    /** Any status; ids that do not exist are skipped. */
    List<Guide> readByIds(Collection<Long> ids);

    List<Long> readIdsByCategories(Collection<Long> categoryIds);

    List<Long> readIdsByTags(Collection<Long> tagIds);
}
