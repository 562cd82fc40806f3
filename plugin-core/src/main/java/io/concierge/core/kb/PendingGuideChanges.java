package io.concierge.core.kb;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The knowledge-base changes of one transaction, as reported by the entity callbacks, until it commits. A guide
 * saved several times is told once; a deleted guide is told as deleted even if a later callback of the same flush
 * reports it saved. Changed categories and tags stand for their guides, whose documents carry their slugs.
 */
final class PendingGuideChanges {

    private final Set<Long> savedGuideIds = new LinkedHashSet<Long>();
    private final Set<Long> deletedGuideIds = new LinkedHashSet<Long>();
    private final Set<Long> categoryIds = new LinkedHashSet<Long>();
    private final Set<Long> tagIds = new LinkedHashSet<Long>();

    void guideSaved(Long guideId) {
        if (!deletedGuideIds.contains(guideId)) {
            savedGuideIds.add(guideId);
        }
    }

    void guideDeleted(Long guideId) {
        savedGuideIds.remove(guideId);
        deletedGuideIds.add(guideId);
    }

    void categorySaved(Long categoryId) {
        categoryIds.add(categoryId);
    }

    void tagSaved(Long tagId) {
        tagIds.add(tagId);
    }

    boolean isEmpty() {
        return savedGuideIds.isEmpty() && deletedGuideIds.isEmpty() && categoryIds.isEmpty() && tagIds.isEmpty();
    }

    Set<Long> getCategoryIds() {
        return Collections.unmodifiableSet(categoryIds);
    }

    Set<Long> getTagIds() {
        return Collections.unmodifiableSet(tagIds);
    }

    Set<Long> getDeletedGuideIds() {
        return Collections.unmodifiableSet(deletedGuideIds);
    }

    /**
     * The guides whose documents must be sent again: the saved ones and {@code guidesOfChangedCategoriesAndTags}
     * (looked up after commit), never a deleted one.
     */
    Set<Long> guidesToResend(Collection<Long> guidesOfChangedCategoriesAndTags) {
        Set<Long> ids = new LinkedHashSet<Long>(savedGuideIds);
        ids.addAll(guidesOfChangedCategoriesAndTags);
        ids.removeAll(deletedGuideIds);
        return ids;
    }
}
