package io.concierge.core.kb;

import java.util.ArrayList;
import java.util.Date;

import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.PrePersist;
import javax.persistence.PreRemove;
import javax.persistence.PreUpdate;

/**
 * JPA callbacks of guides, categories and tags. Hibernate runs them on every save path, so the Broadleaf admin's
 * saves (its own persistence, not Concierge's services) are completed, sanitized and reported like any other.
 * A change of a guide's tags alone is reported too: it increments the guide's version, which is an update.
 */
public class KnowledgeBaseEntityListener {

    @PrePersist
    @PreUpdate
    public void beforeSave(Object entity) {
        if (entity instanceof GuideImpl) {
            Date now = KnowledgeBaseRules.toWholeSecond(new Date());
            GuideImpl guide = (GuideImpl) entity;
            KnowledgeBaseRules.prepare(guide, now);
            guide.stampSaveTime(now);
        } else if (entity instanceof GuideCategory) {
            KnowledgeBaseRules.prepare((GuideCategory) entity);
        } else if (entity instanceof GuideTag) {
            KnowledgeBaseRules.prepare((GuideTag) entity);
        }
    }

    @PostPersist
    @PostUpdate
    public void afterSave(Object entity) {
        PendingGuideChanges changes = GuideChangeBridge.pendingChanges();
        if (changes == null) {
            return;
        }
        if (entity instanceof Guide) {
            changes.guideSaved(((Guide) entity).getId());
        } else if (entity instanceof GuideCategory) {
            changes.categorySaved(((GuideCategory) entity).getId());
        } else if (entity instanceof GuideTag) {
            changes.tagSaved(((GuideTag) entity).getId());
        }
    }

    /**
     * Lets a category or tag go without breaking what uses it (the database would refuse the delete otherwise):
     * a category's guides and sub-categories move up to its parent, a tag is taken off its guides.
     */
    @PreRemove
    public void beforeRemove(Object entity) {
        if (entity instanceof GuideCategoryImpl) {
            GuideCategoryImpl category = (GuideCategoryImpl) entity;
            for (Guide guide : new ArrayList<Guide>(category.getGuides())) {
                guide.setCategory(category.getParent());
            }
            for (GuideCategory child : new ArrayList<GuideCategory>(category.getChildren())) {
                child.setParent(category.getParent());
            }
        } else if (entity instanceof GuideTagImpl) {
            GuideTagImpl tag = (GuideTagImpl) entity;
            for (Guide guide : new ArrayList<Guide>(tag.getGuides())) {
                guide.getTags().remove(tag);
            }
        }
    }

    @PostRemove
    public void afterRemove(Object entity) {
        if (entity instanceof Guide) {
            PendingGuideChanges changes = GuideChangeBridge.pendingChanges();
            if (changes != null) {
                changes.guideDeleted(((Guide) entity).getId());
            }
        }
    }
}
