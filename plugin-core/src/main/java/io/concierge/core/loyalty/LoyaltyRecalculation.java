package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.JobLeases;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TemporalType;

/**
 * The nightly recalculation of every customer's standing (scheduled by {@link LoyaltyJobs}): orders leave the
 * window, thresholds change, graces run out. Every node schedules it; one runs it, under a lease. It
 * works through the customer ids in ranges of {@code concierge.loyalty.recalculation.batchCustomers}, each range one
 * transaction of {@link LoyaltyEvaluation}'s set-based SQL that commits only while the lease is held: a node whose
 * lease was taken over, or that is stopping, stops after its current range, and what it committed stays done.
 * The run's progress ({@link LoyaltyRecalculationRunImpl}) moves on in each range's transaction, so an interrupted
 * run is continued from its first uncommitted range, at the run's own time, by the next node that runs the job
 * ({@link #resumeNow}, every few minutes on every node, or {@link #runNow}) while it is younger than
 * {@code concierge.loyalty.recalculation.resumeWithinHours}; a finished run is not done again, and a new run
 * ({@link #runAfresh} after the tiers are saved, or once the unfinished one is too old) supersedes an unfinished one.
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

    @Value("${concierge.loyalty.recalculation.resumeWithinHours:12}")
    protected long resumeWithinHours = 12;

    private volatile boolean stopping;

    /** How one run, or one continuation of a run, went. */
    public static final class Outcome {
        private final long firstCustomer;
        private final long customersCovered;
        private final int changes;
        private final boolean complete;

        Outcome(long firstCustomer, long customersCovered, int changes, boolean complete) {
            this.firstCustomer = firstCustomer;
            this.customersCovered = customersCovered;
            this.changes = changes;
            this.complete = complete;
        }

        /** The customer id this call started from: the run's first, or where an interrupted run had stopped. */
        public long getFirstCustomer() {
            return firstCustomer;
        }

        /** The width of the id ranges this call committed. */
        public long getCustomersCovered() {
            return customersCovered;
        }

        /** Tier changes of the ranges this call committed. */
        public int getChanges() {
            return changes;
        }

        /** False when the run stopped before the last range (lease lost, node stopping): it is left to resume. */
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

    /**
     * Continues the unfinished run, if one is young enough, else starts a new one over every customer.
     *
     * @return how the run went, or null when another node holds the job's lease
     */
    public Outcome runNow() {
        return run(true);
    }

    /**
     * Starts a new run over every customer, leaving any unfinished one: after the tiers were saved, every standing
     * must be decided again by them.
     *
     * @return how the run went, or null when another node holds the job's lease
     */
    public Outcome runAfresh() {
        return run(false);
    }

    private Outcome run(boolean continueUnfinished) {
        return leases.whileHeld(JOB, Duration.ofMinutes(leaseMinutes), lease -> {
            LoyaltyRecalculationRunImpl run = continueUnfinished ? unfinishedRun() : null;
            if (run == null) {
                run = lease.inTransaction(status -> newRun());
            }
            return run == null ? new Outcome(0, 0, 0, true) : continueRun(run, lease);
        });
    }

    /**
     * Continues the unfinished run if one is young enough; does nothing otherwise (every node asks every few minutes).
     *
     * @return how the continuation went, or null when there was nothing to continue or another node holds the lease
     */
    public Outcome resumeNow() {
        if (unfinishedRun() == null) {
            return null;
        }
        return leases.whileHeld(JOB, Duration.ofMinutes(leaseMinutes), lease -> {
            LoyaltyRecalculationRunImpl run = unfinishedRun();
            return run == null ? null : continueRun(run, lease);
        });
    }

    /** The newest run not finished, started within {@code resumeWithinHours}; older ones are left as they are. */
    private LoyaltyRecalculationRunImpl unfinishedRun() {
        Date since = new Date(System.currentTimeMillis() - TimeUnit.HOURS.toMillis(resumeWithinHours));
        List<LoyaltyRecalculationRunImpl> runs = new TransactionTemplate(transactionManager).execute(status ->
                em.createQuery("select r from LoyaltyRecalculationRunImpl r where r.finishedAt is null"
                        + " and r.startedAt >= :since order by r.startedAt desc, r.id desc",
                        LoyaltyRecalculationRunImpl.class).setParameter("since", since).setMaxResults(1)
                        .getResultList());
        return runs.isEmpty() ? null : runs.get(0);
    }

    /**
     * In the caller's transaction: a run over the customer ids there are now (null when there are none), which
     * supersedes the runs left unfinished: they are marked finished, never to be continued.
     */
    private LoyaltyRecalculationRunImpl newRun() {
        Date now = DatabaseTimes.toTheSecond(new Date());
        em.createQuery("update LoyaltyRecalculationRunImpl r set r.finishedAt = :now where r.finishedAt is null")
                .setParameter("now", now, TemporalType.TIMESTAMP).executeUpdate();
        Object[] ids = em.createQuery("select min(c.id), max(c.id) from CustomerImpl c", Object[].class)
                .getSingleResult();
        if (ids == null || ids[0] == null) {
            return null;
        }
        LoyaltyRecalculationRunImpl run = new LoyaltyRecalculationRunImpl(now, ((Number) ids[0]).longValue(),
                ((Number) ids[1]).longValue());
        em.persist(run);
        return run;
    }

    private Outcome continueRun(LoyaltyRecalculationRunImpl run, JobLeases.Held lease) {
        long runId = run.getId();
        Date at = run.getStartedAt();
        long first = run.getNextCustomerId();
        long last = run.getLastCustomerId();
        int changes = 0;
        for (long from = first; from <= last; from += batchCustomers) {
            long rangeFrom = from;
            long to = Math.min(last, from + batchCustomers - 1);
            // null: stopping, or the lease was lost and the range, with its progress, rolled back
            Integer changed = stopping ? null : lease.inTransaction(status -> {
                int rangeChanges = evaluation.evaluate(rangeFrom, to, LoyaltyChangeReason.RECALCULATION, at);
                committed(runId, to, last, rangeChanges);
                return rangeChanges;
            });
            if (changed == null) {
                LOG.warn("Concierge: loyalty recalculation stopped before customer id " + from
                        + "; the next run continues from there");
                return new Outcome(first, from - first, changes, false);
            }
            changes += changed;
        }
        return new Outcome(first, last - first + 1, changes, true);
    }

    /** In the range's transaction: the run's progress after the range ending at {@code to}. */
    private void committed(long runId, long to, long last, int rangeChanges) {
        em.createQuery("update LoyaltyRecalculationRunImpl r set r.nextCustomerId = :next,"
                + " r.changes = r.changes + :changes where r.id = :run").setParameter("next", to + 1)
                .setParameter("changes", rangeChanges).setParameter("run", runId).executeUpdate();
        if (to == last) {
            em.createQuery("update LoyaltyRecalculationRunImpl r set r.finishedAt = :now where r.id = :run")
                    .setParameter("now", DatabaseTimes.toTheSecond(new Date()), TemporalType.TIMESTAMP)
                    .setParameter("run", runId).executeUpdate();
        }
    }

    /** For the scheduler's nightly run: logs the outcome, never throws. */
    void runAndLog() {
        log(this::runNow);
    }

    /** For the simulator's save: a new run at once; logs the outcome, never throws. */
    void runAfreshAndLog() {
        log(this::runAfresh);
    }

    /** For the scheduler's frequent check: continues an interrupted run, logs the outcome, never throws. */
    void resumeAndLog() {
        log(this::resumeNow);
    }

    private static void log(Supplier<Outcome> run) {
        try {
            Outcome outcome = run.get();
            if (outcome != null) {
                LOG.info("Concierge: loyalty recalculation " + (outcome.isComplete() ? "done" : "interrupted")
                        + " from customer id " + outcome.getFirstCustomer() + ", " + outcome.getChanges()
                        + " tier changes");
            }
        } catch (RuntimeException e) {
            // The next check or night tries again; the checkout and the order events keep standings current meanwhile.
            LOG.warn("Concierge: loyalty recalculation failed: " + e);
        }
    }
}
