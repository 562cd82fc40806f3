package io.concierge.core.kb;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one static door from the JPA entity callbacks (which Hibernate creates, outside Spring) to the Spring bean
 * that tells {@code GuideChangeListener}s about committed changes. Each running application context connects its
 * {@link GuideChangeNotifier} here while it lives. A JVM may run several contexts (the demo store runs storefront
 * and admin together); each notifier only takes changes made in a transaction of its own {@code blPU}. With no
 * notifier connected (plain JPA, unit tests) changes simply go unreported.
 */
final class GuideChangeBridge {

    private static final Log LOG = LogFactory.getLog(GuideChangeBridge.class);

    private static final List<GuideChangeNotifier> NOTIFIERS = new CopyOnWriteArrayList<GuideChangeNotifier>();

    private GuideChangeBridge() {
    }

    static void connect(GuideChangeNotifier notifier) {
        NOTIFIERS.add(notifier);
    }

    static void disconnect(GuideChangeNotifier notifier) {
        NOTIFIERS.remove(notifier);
    }

    /** Where to report a change made in the current transaction; {@code null} when no notifier owns it. */
    static PendingGuideChanges pendingChanges() {
        for (GuideChangeNotifier notifier : NOTIFIERS) {
            PendingGuideChanges changes = notifier.pendingChangesOfCurrentTransaction();
            if (changes != null) {
                return changes;
            }
        }
        if (!NOTIFIERS.isEmpty()) {
            LOG.warn("A knowledge-base entity changed outside a Spring transaction of blTransactionManager;"
                    + " GuideChangeListeners are not told (a full reindex catches up)");
        }
        return null;
    }
}
