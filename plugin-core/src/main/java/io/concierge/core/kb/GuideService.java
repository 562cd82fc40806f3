package io.concierge.core.kb;

import java.util.Date;
import java.util.List;

/**
 * The knowledge base's guides. Shopper-facing reads take the moment to judge visibility at ({@link GuideVisibility}),
 * so a scheduled guide appears by itself once its time has come.
 */
public interface GuideService {

    /** A new, unsaved draft in English. */
    Guide create();

    /**
     * Derives what is missing (slug from the title, publish time of a published guide), sanitizes the body, checks
     * {@link KnowledgeBaseRules} and the slug's uniqueness, and saves.
     *
     * @throws InvalidGuideException when a rule is broken, or when {@code guide} is a copy of a guide that was saved
     *                               again since it was read (field "version"); nothing is saved then
     */
    Guide save(Guide guide);

    /** Deletes the guide with its product links and relations; unknown ids are ignored. */
    void delete(long guideId);

    /** Any status; {@code null} when unknown. */
    Guide findById(long guideId);

    /** The guide shoppers may read at {@code now}; {@code null} for drafts, archived, future and unknown slugs. */
    Guide findVisibleBySlug(String slug, Date now);

    /** Any status, for editors' previews; {@code null} when unknown. */
    Guide findBySlugForPreview(String slug);

    /**
     * Visible guides, newest first (by publish time).
     *
     * @param page         from 1; lower values give page 1
     * @param pageSize     held within {@link KnowledgeBaseOptions}' guides-per-page limits
     * @param categorySlug {@code null} or blank for all; a category includes its sub-categories; unknown gives an
     *                     empty page
     * @param tagSlug      {@code null} or blank for all
     * @param locale       {@code null} or blank for all languages
     */
    GuidePage listVisible(int page, int pageSize, String categorySlug, String tagSlug, String locale, Date now);

    /** Every guide shoppers may read at {@code now}, in any language, newest first, without content: sitemaps. */
    List<GuideLink> findVisibleLinks(Date now);

    /** Counts one view of a guide shoppers may see now; false (nothing counted) otherwise. */
    boolean recordView(long guideId);

    /** Counts one "was this helpful?" answer for a guide shoppers may see now; false (nothing counted) otherwise. */
    boolean vote(long guideId, boolean helpful);

    /** The visible guides the editor suggests after {@code guideId}, in the editor's order. */
    List<Guide> findRelatedVisible(long guideId, Date now);

    /** The visible guides linked to a Broadleaf product, newest first: the "guides for this product" widget. */
    List<Guide> findVisibleForProduct(long productId, Date now);

    /** The visible guides of a language ("en", "pt_BR", "es") most read by shoppers, at most {@code max}. */
    List<Guide> findMostViewed(String locale, int max, Date now);

    /**
     * The most and least helpful guides (any status) among those with at least {@code minVotes} votes (at least 1),
     * {@code limit} of each.
     */
    HelpfulnessReport helpfulnessReport(int minVotes, int limit);
}
