package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import io.concierge.core.kernel.RateLimit;
import io.concierge.core.kernel.RateLimiter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Searches without result are noted in memory ({@link PendingMisses}) and written by a background thread every
 * {@code concierge.search.misses.flushMillis} (default one second), and when the application stops: a search never
 * waits for a database write, and repeated misses cost one row update per interval. A node that dies loses at
 * most that interval's counts, which a report of frequent searches can spare.
 * <p>
 * So that nobody can push a text up the report, each client counts once per query and
 * {@code concierge.search.misses.clientIntervalMinutes}, and each different client once per query and retention,
 * decided by the shared {@link RateLimiter} (every node writing its own counts agrees). Stored gaps expire
 * {@code concierge.search.misses.retentionDays} after they were last searched, and at most
 * {@code concierge.search.misses.maxStored} are kept (those asked by the fewest clients, longest ago, go first).
 */
@Service("cncGuideSearchMissService")
public class GuideSearchMissServiceImpl implements GuideSearchMissService {

    /** Different queries waiting to be written at most; more are dropped until the next write. */
    static final int MAX_PENDING_QUERIES = 10000;
    /** Different clients of one query waiting to be written at most. */
    static final int MAX_PENDING_CLIENTS = 1000;
    private static final long HOUSEKEEPING_MILLIS = 10 * 60 * 1000L;
    private static final String UNKNOWN_CLIENT = "unknown";

    private static final Log LOG = LogFactory.getLog(GuideSearchMissServiceImpl.class);

    @Resource(name = "cncGuideSearchMissDao")
    protected GuideSearchMissDao missDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Value("${concierge.search.misses.flushMillis:1000}")
    protected long flushMillis = 1000;

    @Value("${concierge.search.misses.clientIntervalMinutes:60}")
    protected long clientIntervalMinutes = 60;

    @Value("${concierge.search.misses.retentionDays:90}")
    protected int retentionDays = 90;

    @Value("${concierge.search.misses.maxStored:5000}")
    protected int maxStored = 5000;

    private final PendingMisses pending = new PendingMisses(MAX_PENDING_QUERIES, MAX_PENDING_CLIENTS);
    private ScheduledFuture<?> writing;
    private RateLimit countedPerClient;
    private RateLimit distinctClient;
    private long lastHousekeeping;

    @PostConstruct
    public void startWriting() {
        countedPerClient = RateLimit.of("kb.gap.count", 1, Duration.ofMinutes(clientIntervalMinutes));
        distinctClient = RateLimit.of("kb.gap.client", 1, Duration.ofDays(retentionDays));
        writing = scheduler.scheduleWithFixedDelay(this::flush, new Date(System.currentTimeMillis() + flushMillis),
                flushMillis);
    }

    @PreDestroy
    public void stopWriting() {
        writing.cancel(false);
        flush();
    }

    @Override
    public void record(String text, String locale, String client) {
        String query = SearchMisses.normalize(text);
        if (query != null) {
            pending.record(query, Language.forLocale(locale).code(), client == null ? UNKNOWN_CLIENT : client,
                    new Date());
        }
    }

    /** Includes this node's misses not written yet. */
    @Override
    public List<GuideSearchMiss> topMisses(String locale, int max) {
        flush();
        String canonicalLocale = locale == null ? null : Language.forLocale(locale).code();
        return missDao.readTop(canonicalLocale, Math.max(1, Math.min(max, MAX_REPORTED)));
    }

    /** Writes what was counted so far. Never throws: a database problem is logged, and those counts are lost. */
    synchronized void flush() {
        long dropped = pending.takeDropped();
        if (dropped > 0) {
            LOG.warn(dropped + " searches without result were not counted: more than " + MAX_PENDING_QUERIES
                    + " different ones, or " + MAX_PENDING_CLIENTS + " clients of one, waited to be written");
        }
        for (PendingMisses.Tally tally : pending.drain()) {
            write(tally);
        }
        if (System.currentTimeMillis() - lastHousekeeping >= HOUSEKEEPING_MILLIS) {
            expireAndCap();
        }
    }

    /** Deletes expired gaps, then the excess over the cap; every node may run it. Never throws. */
    synchronized void expireAndCap() {
        lastHousekeeping = System.currentTimeMillis();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            transaction.execute(status -> missDao.deleteLastSeenBefore(
                    new Date(lastHousekeeping - TimeUnit.DAYS.toMillis(retentionDays))));
            transaction.execute(status -> missDao.deleteBeyond(maxStored));
        } catch (RuntimeException e) {
            LOG.warn("Old content gaps were not deleted: " + e.getMessage());
        }
    }

    private void write(PendingMisses.Tally tally) {
        long counted = 0;
        long newClients = 0;
        try {
            for (String client : tally.getClients()) {
                String subject = tally.getLocale() + "|" + tally.getQuery() + "|" + client;
                if (rateLimiter.tryAcquire(countedPerClient, subject).isAllowed()) {
                    counted++;
                    if (rateLimiter.tryAcquire(distinctClient, subject).isAllowed()) {
                        newClients++;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Searches without result were not counted (\"" + tally.getQuery() + "\"): " + e.getMessage());
            return;
        }
        if (counted > 0) {
            write(tally, counted, newClients);
        }
    }

    private void write(PendingMisses.Tally tally, long counted, long newClients) {
        // Its own transaction: a second attempt needs a fresh one when another node inserted the same miss between
        // our update and our insert.
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transaction.execute(status -> {
                    if (!missDao.countAgain(tally.getQuery(), tally.getLocale(), counted, newClients,
                            tally.getLastSeen())) {
                        missDao.insertFirst(tally.getQuery(), tally.getLocale(), counted, newClients,
                                tally.getFirstSeen(), tally.getLastSeen());
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        LOG.warn(counted + " searches without result were not counted (\"" + tally.getQuery() + "\", "
                + tally.getLocale() + "): " + failure.getMessage());
    }
}
