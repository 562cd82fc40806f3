package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideChangeListener;
import io.concierge.core.kb.search.GuideDocument;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Tells every {@link GuideChangeListener} bean about knowledge-base changes once their transaction has committed,
 * whichever code made them (Concierge's services or the Broadleaf admin's persistence): the entity callbacks report
 * each change through {@link GuideChangeBridge}; this bean collects them per transaction of
 * {@code blTransactionManager} and, after the commit, reads the guides afresh in a new read-only transaction and
 * hands their documents to the listeners, all of one transaction at once. A rolled-back transaction tells nobody. A
 * listener's failure is logged, never thrown at the code that committed, whose work is done; a full reindex catches
 * up.
 */
@Component("cncGuideChangeNotifier")
public class GuideChangeNotifier {

    private static final Log LOG = LogFactory.getLog(GuideChangeNotifier.class);

    @Autowired(required = false)
    protected List<GuideChangeListener> listeners = Collections.emptyList();

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Resource(name = "cncGuideDao")
    protected GuideDao guideDao;

    @PostConstruct
    public void connect() {
        GuideChangeBridge.connect(this);
    }

    @PreDestroy
    public void disconnect() {
        GuideChangeBridge.disconnect(this);
    }

    /** The changes collected for the current transaction, or {@code null} when it is not on this context's blPU. */
    PendingGuideChanges pendingChangesOfCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(transactionManager.getEntityManagerFactory())) {
            return null;
        }
        PublishAfterCommit publication = (PublishAfterCommit) TransactionSynchronizationManager.getResource(this);
        if (publication == null) {
            publication = new PublishAfterCommit();
            TransactionSynchronizationManager.bindResource(this, publication);
            TransactionSynchronizationManager.registerSynchronization(publication);
        }
        return publication.changes;
    }

    void publish(final PendingGuideChanges changes) {
        if (listeners.isEmpty() || changes.isEmpty()) {
            return;
        }
        List<GuideDocument> saved = Collections.emptyList();
        try {
            saved = readDocumentsToResend(changes);
        } catch (RuntimeException e) {
            LOG.error("Could not read the changed guides; GuideChangeListeners are told only of deletions", e);
        }
        for (GuideChangeListener listener : listeners) {
            try {
                listener.guidesChanged(saved, changes.getDeletedGuideIds());
            } catch (RuntimeException e) {
                LOG.error("GuideChangeListener " + listener + " failed on " + saved.size() + " saved and "
                        + changes.getDeletedGuideIds().size() + " deleted guides", e);
            }
        }
    }

    private List<GuideDocument> readDocumentsToResend(final PendingGuideChanges changes) {
        // After commit the finished transaction's resources are still bound: only a new transaction reads afresh.
        TransactionTemplate reading = new TransactionTemplate(transactionManager);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reading.setReadOnly(true);
        return reading.execute(new TransactionCallback<List<GuideDocument>>() {
            @Override
            public List<GuideDocument> doInTransaction(TransactionStatus status) {
                List<Long> guidesOfTerms = new ArrayList<Long>(guideDao.readIdsByCategories(changes.getCategoryIds()));
                guidesOfTerms.addAll(guideDao.readIdsByTags(changes.getTagIds()));
                return GuideDocuments.of(guideDao.readByIds(changes.guidesToResend(guidesOfTerms)));
            }
        });
    }

    /** One per transaction with knowledge-base changes; bound to the thread as a resource keyed by the notifier. */
    private final class PublishAfterCommit extends TransactionSynchronizationAdapter {

        final PendingGuideChanges changes = new PendingGuideChanges();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(GuideChangeNotifier.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(GuideChangeNotifier.this, this);
        }

        @Override
        public void afterCommit() {
            publish(changes);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(GuideChangeNotifier.this);
        }
    }
}
