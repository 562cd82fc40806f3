package io.concierge.core.helpcenter.faq;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideSearchIndex;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Keeps the FAQ entries' documents in the knowledge base's search index in step with every committed change,
 * whichever code made it: the entity callbacks report each change here; the changes of one transaction of this
 * context's {@code blPU} are read afresh after its commit and written together. A rolled-back transaction writes
 * nothing; a failure is logged (the full reindex, which includes FAQ entries, repairs it). Without the knowledge
 * base installed there is no index and nothing is written.
 */
@Component("cncFaqIndexer")
public class FaqIndexer {

    private static final Log LOG = LogFactory.getLog(FaqIndexer.class);
    private static final List<FaqIndexer> CONNECTED = new CopyOnWriteArrayList<FaqIndexer>();

    @Autowired(required = false)
    @Qualifier("cncGuideSearchIndex")
    protected GuideSearchIndex index;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Resource(name = "cncFaqDao")
    protected FaqDao faqDao;

    @PostConstruct
    public void connect() {
        CONNECTED.add(this);
    }

    @PreDestroy
    public void disconnect() {
        CONNECTED.remove(this);
    }

    /** Called by the entity callbacks; the indexer whose blPU runs the current transaction takes the change. */
    static void changed(Long entryId, boolean deleted) {
        if (entryId == null) {
            return;
        }
        for (FaqIndexer indexer : CONNECTED) {
            Pending pending = indexer.pendingOfCurrentTransaction();
            if (pending != null) {
                pending.add(entryId, deleted);
                return;
            }
        }
    }

    private Pending pendingOfCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(transactionManager.getEntityManagerFactory())) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** Writes the current state of these entries (deleted ones are taken out) to the index. */
    public void reindex(final Set<Long> savedIds, Set<Long> deletedIds) {
        if (index == null) {
            return;
        }
        List<GuideDocument> documents = new ArrayList<GuideDocument>();
        try {
            if (!savedIds.isEmpty()) {
                TransactionTemplate reading = new TransactionTemplate(transactionManager);
                reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                reading.setReadOnly(true);
                documents.addAll(reading.execute(new TransactionCallback<List<GuideDocument>>() {
                    @Override
                    public List<GuideDocument> doInTransaction(TransactionStatus status) {
                        return FaqDocuments.of(faqDao.readByIds(savedIds));
                    }
                }));
            }
            for (Long id : deletedIds) {
                documents.add(FaqDocuments.removed(id));
            }
            index.write(documents, Collections.<Long>emptyList());
        } catch (RuntimeException e) { // GuideIndexException or a failed read
            LOG.error(savedIds.size() + " saved and " + deletedIds.size() + " deleted FAQ entries are not up to date"
                    + " in the search index until a full reindex: " + e.getMessage(), e);
        }
    }

    private final class Pending extends TransactionSynchronizationAdapter {

        final Set<Long> saved = new LinkedHashSet<Long>();
        final Set<Long> deleted = new LinkedHashSet<Long>();

        void add(Long id, boolean isDeleted) {
            if (isDeleted) {
                saved.remove(id);
                deleted.add(id);
            } else if (!deleted.contains(id)) {
                saved.add(id);
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(FaqIndexer.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(FaqIndexer.this, this);
        }

        @Override
        public void afterCommit() {
            reindex(saved, deleted);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(FaqIndexer.this);
        }
    }
}
