package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Searches without result are counted in memory ({@link PendingMisses}) and written by a background thread every
 * {@code concierge.search.misses.flushMillis} (default one second), and when the application stops: a search never
 * waits for a database write, and repeated misses cost one row update per interval. A node that dies loses at
 * most that interval's counts, which a report of frequent searches can spare.
 */
@Service("cncGuideSearchMissService")
public class GuideSearchMissServiceImpl implements GuideSearchMissService {

    /** Different queries waiting to be written at most; more are dropped until the next write. */
    static final int MAX_PENDING_QUERIES = 10000;

    private static final Log LOG = LogFactory.getLog(GuideSearchMissServiceImpl.class);

    @Resource(name = "cncGuideSearchMissDao")
    protected GuideSearchMissDao missDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${concierge.search.misses.flushMillis:1000}")
    protected long flushMillis = 1000;

    private final PendingMisses pending = new PendingMisses(MAX_PENDING_QUERIES);
    private ScheduledExecutorService writer;

    @PostConstruct
    public void startWriting() {
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "concierge-search-misses");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    public void stopWriting() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }

    @Override
    public void record(String text, String locale) {
        String query = SearchMisses.normalize(text);
        if (query != null) {
            pending.record(query, SearchLanguage.forLocale(locale).locale(), new Date());
        }
    }

    /** Includes this node's misses not written yet. */
    @Override
    public List<GuideSearchMiss> topMisses(String locale, int max) {
        flush();
        String canonicalLocale = locale == null ? null : SearchLanguage.forLocale(locale).locale();
        return missDao.readTop(canonicalLocale, Math.max(1, Math.min(max, MAX_REPORTED)));
    }

    /** Writes what was counted so far. Never throws: a database problem is logged, and those counts are lost. */
    synchronized void flush() {
        long dropped = pending.takeDropped();
        if (dropped > 0) {
            LOG.warn(dropped + " searches without result were not counted: more than " + MAX_PENDING_QUERIES
                    + " different ones waited to be written");
        }
        for (PendingMisses.Tally tally : pending.drain()) {
            write(tally);
        }
    }

    private void write(PendingMisses.Tally tally) {
        // Its own transaction: a second attempt needs a fresh one when another node inserted the same miss between
        // our update and our insert.
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transaction.execute(status -> {
                    if (!missDao.countAgain(tally.getQuery(), tally.getLocale(), tally.getCount(),
                            tally.getLastSeen())) {
                        missDao.insertFirst(tally.getQuery(), tally.getLocale(), tally.getCount(),
                                tally.getFirstSeen(), tally.getLastSeen());
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        LOG.warn(tally.getCount() + " searches without result were not counted (\"" + tally.getQuery() + "\", "
                + tally.getLocale() + "): " + failure.getMessage());
    }
}
