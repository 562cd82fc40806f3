package io.concierge.core.kb.search;

import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;

/**
 * JPA listener of {@link GuideSynonymSetImpl}: however a synonym line changes (admin form, service), the search
 * reloads its synonyms on its next query. The version moves again after the commit, so that a search running
 * between the write and the commit cannot keep the old lines.
 */
public class GuideSynonymChangeListener {

    private static final AtomicLong VERSION = new AtomicLong();

    /** Changes whenever a synonym line was written in this JVM. */
    static long version() {
        return VERSION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object synonymSet) {
        VERSION.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    VERSION.incrementAndGet();
                }
            });
        }
    }
}
