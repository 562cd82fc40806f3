package io.concierge.core.helpcenter.faq;

import java.util.Date;

import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;

/**
 * JPA callbacks of FAQ entries: Hibernate runs them on every save path, so the Broadleaf admin's saves are
 * sanitized and reach the search index like the service's.
 */
public class FaqEntityListener {

    @PrePersist
    @PreUpdate
    public void beforeSave(Object entity) {
        if (entity instanceof FaqEntryImpl) {
            FaqEntryImpl entry = (FaqEntryImpl) entity;
            FaqRules.prepare(entry);
            entry.stampSaveTime(new Date(new Date().getTime() / 1000 * 1000));
        }
    }

    @PostPersist
    @PostUpdate
    public void afterSave(Object entity) {
        if (entity instanceof FaqEntry) {
            FaqIndexer.changed(((FaqEntry) entity).getId(), false);
        }
    }

    @PostRemove
    public void afterRemove(Object entity) {
        if (entity instanceof FaqEntry) {
            FaqIndexer.changed(((FaqEntry) entity).getId(), true);
        }
    }
}
