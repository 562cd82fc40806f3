package io.concierge.core.loyalty;

import io.concierge.core.kernel.JobLeases;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The nightly recalculation of every customer's standing (scheduled by {@link LoyaltyJobs}): orders leave the
 * window, thresholds change, graces run out. Every node schedules it; one runs it, under a lease. It
 * works through the customer ids in ranges of {@code concierge.loyalty.recalculation.batchCustomers}, each range one
 * transaction of {@link LoyaltyEvaluation}'s set-based SQL that commits only while the lease is held: a node whose
 * lease was taken over, or that is stopping, stops after its current range, and what it committed stays done.
 */
@Component("cncLoyaltyRecalculation")
public class LoyaltyRecalculation {

    static final String JOB = "loyalty.recalculation";
    private static final Log LOG = LogFactory.getLog(LoyaltyRecalculation.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncLoyaltyEvaluation")
    protected LoyaltyEvaluation evaluation;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${concierge.loyalty.recalculation.batchCustomers:10000}")
    protected long batchCustomers = 10000;

    @Value("${concierge.loyalty.recalculation.leaseMinutes:60}")
    protected long leaseMinutes = 60;

    private volatile boolean stopping;

    /** How one run went. */
    public static final class Outcome {
        private final long customersCovered;
        private final int changes;
        private final boolean complete;

        Outcome(long customersCovered, int changes, boolean complete) {
            this.customersCovered = customersCovered;
            this.changes = changes;
            this.complete = complete;
        }

        /** The width of the id ranges committed. */
        public long getCustomersCovered() {
            return customersCovered;
        }

        public int getChanges() {
            return changes;
        }

        /** False when the run stopped before the last range (lease lost, node stopping). */
        public boolean isComplete() {
            return complete;
        }
    }

    @PostConstruct
    public void checkBatch() {
        if (batchCustomers < 1) {
            throw new IllegalStateException("concierge.loyalty.recalculation.batchCustomers must be at least 1");
        }
    }

    /** A run in progress stops after its current range. */
    @PreDestroy
    public void stop() {
        stopping = true;
    }

    /** @return how the run went, or null when another node holds the job's lease */
    public Outcome runNow() {
        return leases.whileHeld(JOB, Duration.ofMinutes(leaseMinutes), lease -> {
            Object[] ids = new TransactionTemplate(transactionManager).execute(status -> em.createQuery(
                    "select min(c.id), max(c.id) from CustomerImpl c", Object[].class).getSingleResult());
            if (ids == null || ids[0] == null) {
                return new Outcome(0, 0, true);
            }
            long first = ((Number) ids[0]).longValue();
            long last = ((Number) ids[1]).longValue();
            Date at = new Date();
            int changes = 0;
            for (long from = first; from <= last; from += batchCustomers) {
                long rangeFrom = from;
                long to = Math.min(last, from + batchCustomers - 1);
                // null: stopping, or the lease was lost and the range rolled back
                Integer changed = stopping ? null : lease.inTransaction(status ->
                        evaluation.evaluate(rangeFrom, to, LoyaltyChangeReason.RECALCULATION, at));
                if (changed == null) {
                    LOG.warn("Concierge: loyalty recalculation stopped before customer id " + from);
                    return new Outcome(from - first, changes, false);
                }
                changes += changed;
            }
            return new Outcome(last - first + 1, changes, true);
        });
    }

    /** For the scheduler: logs the outcome, never throws. */
    void runAndLog() {
        try {
            Outcome outcome = runNow();
            if (outcome != null) {
                LOG.info("Concierge: loyalty recalculation " + (outcome.isComplete() ? "done" : "interrupted")
                        + ", " + outcome.getChanges() + " tier changes");
            }
        } catch (RuntimeException e) {
            // The next night tries again; the checkout and the order events keep standings current meanwhile.
            LOG.warn("Concierge: loyalty recalculation failed: " + e);
        }
    }
}
