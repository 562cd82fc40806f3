package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocument;

import java.util.ArrayList;
import java.util.List;

/** Builds the search index's view of a guide. Tags are given by their slugs, like the category. */
public final class GuideDocuments {

    private GuideDocuments() {
    }

    public static GuideDocument of(Guide guide) {
        List<String> tagSlugs = new ArrayList<String>();
        for (GuideTag tag : guide.getTags()) {
            tagSlugs.add(tag.getSlug());
        }
        GuideStatus status = guide.getStatus();
        return new GuideDocument(guide.getId(), guide.getSlug(), guide.getLocale(), guide.getTitle(),
                guide.getSummary(), guide.getBody(),
                guide.getCategory() == null ? null : guide.getCategory().getSlug(), tagSlugs,
                status != null && status.isListed(), guide.getPublishAt());
    }

    public static List<GuideDocument> of(List<? extends Guide> guides) {
        List<GuideDocument> documents = new ArrayList<GuideDocument>(guides.size());
        for (Guide guide : guides) {
            documents.add(of(guide));
        }
        return documents;
    }
}
