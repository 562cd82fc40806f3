package io.concierge.core.kb;

import java.util.List;

/** The knowledge base's category tree. */
public interface GuideCategoryService {

    /** A new, unsaved top-level category. */
    GuideCategory create();

    /**
     * Derives an empty slug from the name, checks {@link KnowledgeBaseRules}, the slug's uniqueness and that the
     * parent exists and is not the category itself or one of its descendants, and saves.
     *
     * @throws InvalidGuideException when a rule is broken; nothing is saved then
     */
    GuideCategory save(GuideCategory category);

    /** {@code null} when unknown. */
    GuideCategory findBySlug(String slug);

    /** Top-level categories with their descendants, in the editors' order (sequence, then name). */
    List<GuideCategoryNode> categoryTree();
}
