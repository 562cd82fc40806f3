package io.concierge.core.kernel;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * A {@link ProductSuppression} whose products one query for the whole catalog reads again once a minute per node, on
 * the task scheduler, never on a shopper's request: a product page only reads the last answer held in memory.
 */
public abstract class RefreshedProductSuppression implements ProductSuppression {

    private static final Log LOG = LogFactory.getLog(RefreshedProductSuppression.class);
    private static final long REFRESH_MILLIS = TimeUnit.MINUTES.toMillis(1);

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    private TransactionTemplate readOnly;
    private volatile Set<Long> products = Collections.emptySet();
    private ScheduledFuture<?> refreshing;

    @PostConstruct
    public void startRefreshing() {
        checkSettings();
        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshLogged,
                new Date(System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(10)), REFRESH_MILLIS);
    }

    /** Throws when the settings make no sense, so that the node does not start with them. */
    protected void checkSettings() {
    }

    @PreDestroy
    public void stopRefreshing() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    @Override
    public Set<Long> suppressed(Collection<Long> productIds) {
        Set<Long> suppressed = new HashSet<Long>(products);
        suppressed.retainAll(productIds);
        return suppressed;
    }

    /** Reads the products again now (the next view sees them at once). */
    public Set<Long> refresh() {
        products = Collections.unmodifiableSet(readOnly.execute(status -> read()));
        return products;
    }

    /** In a read-only transaction: the products to keep out of recommendations now. */
    protected abstract Set<Long> read();

    private void refreshLogged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn(getClass().getSimpleName() + ": suppressed products not read again; the next minute tries again",
                    e);
        }
    }
}
