package io.concierge.core.guidance;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

/**
 * Counts impressions, clicks and adds to cart per day, block and lead reason (bean {@code cncGuidanceTracking}).
 * Counting is in memory, so a product page never waits for the database; every
 * {@code concierge.guidance.tracking.flushSeconds} each node adds its counts to CNC_GUIDANCE_TALLY (an increment, so
 * nodes add up; a row two nodes make at once is retried as an increment). A node that stops loses at most its last
 * interval's counts.
 */
@Component("cncGuidanceTracking")
public class GuidanceTracking {

    private static final Log LOG = LogFactory.getLog(GuidanceTracking.class);

    /** More different keys than this waiting (a flood of odd days) are dropped rather than filling the heap. */
    static final int MAX_PENDING = 10000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "cncGuidanceRevenue")
    protected GuidanceRevenue revenue;

    @Value("${concierge.guidance.tracking.flushSeconds:5}")
    protected long flushSeconds = 5;

    private final Map<TallyKey, AtomicLong> pending = new ConcurrentHashMap<TallyKey, AtomicLong>();
    private ScheduledFuture<?> writing;

    @PostConstruct
    public void start() {
        long period = Math.max(1, flushSeconds) * 1000;
        writing = scheduler.scheduleWithFixedDelay(this::flush, new java.util.Date(System.currentTimeMillis() + period),
                period);
    }

    @PreDestroy
    public void stop() {
        writing.cancel(false);
        flush();
    }

    public void record(TrackedRecommendation recommendation, GuidanceEvent event) {
        TallyKey key = new TallyKey(Date.valueOf(LocalDate.now()), recommendation.getBlock(),
                recommendation.getReason(), event);
        AtomicLong count = pending.get(key);
        if (count == null) {
            if (pending.size() >= MAX_PENDING) {
                return;
            }
            count = pending.computeIfAbsent(key, unused -> new AtomicLong());
        }
        count.incrementAndGet();
    }

    /** Writes this node's counts. Never throws: a database problem is logged, and those counts are lost. */
    public synchronized void flush() {
        for (TallyKey key : new ArrayList<TallyKey>(pending.keySet())) {
            AtomicLong count = pending.remove(key);
            long times = count == null ? 0 : count.getAndSet(0);
            if (times > 0) {
                try {
                    add(key, times);
                } catch (RuntimeException e) {
                    LOG.warn("Guidance tracking lost " + times + " " + key.getEvent() + " counts: " + e.getMessage());
                }
            }
        }
    }

    /**
     * The days from {@code since} on, with what guidance did and sold. Includes this node's counts not written yet.
     */
    public GuidanceReport report(LocalDate since, LocalDate until) {
        flush();
        List<GuidanceTallyImpl> tallies = new TransactionTemplate(transactionManager).execute(status -> em
                .createQuery("select t from GuidanceTallyImpl t where t.id.day >= :since and t.id.day <= :until",
                        GuidanceTallyImpl.class)
                .setParameter("since", Date.valueOf(since)).setParameter("until", Date.valueOf(until))
                .getResultList());
        return new GuidanceReport(since, until, tallies, revenue.sold(since, until));
    }

    private void add(TallyKey key, long times) {
        if (increment(key, times)) {
            return;
        }
        try {
            newTransaction().execute(status -> {
                em.persist(new GuidanceTallyImpl(key, times));
                em.flush();
                return null;
            });
        } catch (DataIntegrityViolationException | PersistenceException anotherNodeMadeTheRow) {
            if (!increment(key, times)) {
                throw anotherNodeMadeTheRow;
            }
        }
    }

    private boolean increment(TallyKey key, long times) {
        return Boolean.TRUE.equals(newTransaction().execute(status -> em.createQuery("update GuidanceTallyImpl t"
                + " set t.times = t.times + :times where t.id.day = :day and t.id.block = :block"
                + " and t.id.reason = :reason and t.id.event = :event").setParameter("times", times)
                .setParameter("day", key.getDay()).setParameter("block", key.getBlock())
                .setParameter("reason", key.getReason()).setParameter("event", key.getEvent())
                .executeUpdate() == 1));
    }

    private TransactionTemplate newTransaction() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transaction;
    }
}
