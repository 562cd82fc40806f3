package io.concierge.core.kb;

import java.util.List;

/** The labels put on guides. */
public interface GuideTagService {

    /** A new, unsaved tag. */
    GuideTag create();

    /**
     * Derives an empty slug from the name, checks {@link KnowledgeBaseRules} and the slug's uniqueness, and saves.
     *
     * @throws InvalidGuideException when a rule is broken; nothing is saved then
     */
    GuideTag save(GuideTag tag);

    /** {@code null} when unknown. */
    GuideTag findBySlug(String slug);

    /** By name. */
    List<GuideTag> findAll();
}
