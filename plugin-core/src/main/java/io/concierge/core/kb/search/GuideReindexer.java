package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Rebuilds the guide index from all guides ({@link GuideDocumentSource}) on Concierge's scheduler, page by page,
 * and removes what no longer exists. Searches keep working meanwhile; the rebuilt index becomes visible at the end.
 * One rebuild at a time per JVM: in the demo store, storefront and admin share the JVM and the index, and both
 * see the same progress.
 */
@Component("cncGuideReindexer")
public class GuideReindexer {

    static final int PAGE_SIZE = 200;
    /**
     * Entries written shortly before the rebuild started are kept too: the cut-off is computed on Solr's clock
     * from the rebuild's duration, and this margin absorbs request latency.
     */
    static final long START_MARGIN_MILLIS = 1000;

    private static final Log LOG = LogFactory.getLog(GuideReindexer.class);
    private static final Object LOCK = new Object();

    /** Guarded by LOCK; JVM-wide on purpose, see the class comment. */
    private static Run current;
    private static volatile ReindexProgress progress = ReindexProgress.IDLE;

    @Resource(name = "cncGuideSearchIndex")
    protected GuideSearchIndex index;

    @Resource(name = "cncTaskScheduler")
    protected TaskExecutor scheduler;

    /** Provided by the knowledge-base domain; without it, a rebuild ends at once as FAILED, saying so. */
    @Autowired(required = false)
    @Qualifier("cncGuideDocumentSource")
    protected GuideDocumentSource source;

    /**
     * Every document source of the context: the guides' ({@link #source}) and those of other kinds sharing the
     * index (the help center's FAQ entries), all rewritten by one rebuild.
     */
    @Autowired(required = false)
    protected List<GuideDocumentSource> allSources = new ArrayList<GuideDocumentSource>();

    /** Starts a rebuild unless one is running in this JVM; either way returns the progress. */
    public ReindexProgress start() {
        synchronized (LOCK) {
            if (current != null) {
                return progress;
            }
            ReindexProgress started = ReindexProgress.started(new Date());
            progress = started;
            current = new Run(this);
            scheduler.execute(current);
            return started; // the rebuild may already be further, even done
        }
    }

    public ReindexProgress progress() {
        return progress;
    }

    /** A rebuild started by this bean stops when its Spring context closes (it ends as FAILED). */
    @PreDestroy
    public void stop() throws InterruptedException {
        Run run;
        synchronized (LOCK) {
            run = current != null && current.owner == this ? current : null;
        }
        if (run != null) {
            run.cancelled = true;
            run.ended.await(30, TimeUnit.SECONDS);
        }
    }

    private void rebuild(Run run) {
        long startNanos = System.nanoTime();
        ReindexProgress last = null;
        try {
            if (source == null) {
                throw new IllegalStateException(
                        "No guides to read: the Spring bean cncGuideDocumentSource is missing.");
            }
            List<GuideDocumentSource> sources = new ArrayList<GuideDocumentSource>();
            sources.add(source);
            for (GuideDocumentSource other : allSources) {
                if (other != source) {
                    sources.add(other);
                }
            }
            long count = 0;
            for (GuideDocumentSource each : sources) {
                count += each.countGuides();
            }
            progress = progress.counted(count);
            int read = 0;
            for (GuideDocumentSource each : sources) {
                for (int first = 0; !run.cancelled; ) {
                    List<GuideDocument> page = each.guides(first, PAGE_SIZE);
                    index.putBatch(page);
                    first += page.size();
                    read += page.size();
                    progress = progress.advancedTo(read);
                    if (page.size() < PAGE_SIZE) {
                        break;
                    }
                }
            }
            if (run.cancelled) {
                last = progress.failed(new Date(), "Stopped because the application is shutting down.");
                return;
            }
            long elapsedMillis = (System.nanoTime() - startNanos) / 1000000L;
            index.finishRebuild(elapsedMillis + START_MARGIN_MILLIS);
            last = progress.finished(new Date());
            LOG.info("Concierge guide index rebuilt: " + read + " guides read in " + elapsedMillis + " ms");
        } catch (RuntimeException e) {
            last = progress.failed(new Date(), e.getMessage() != null ? e.getMessage() : e.toString());
            LOG.error("Concierge guide index rebuild failed after " + progress.getDone() + " guides", e);
        } finally {
            // The end is published together with the end of the run: whoever sees DONE or FAILED can start again.
            synchronized (LOCK) {
                progress = last != null ? last : progress.failed(new Date(), "Stopped by an unexpected error.");
                current = null;
            }
        }
    }

    private static final class Run implements Runnable {

        final GuideReindexer owner;
        final CountDownLatch ended = new CountDownLatch(1);
        volatile boolean cancelled;

        Run(GuideReindexer owner) {
            this.owner = owner;
        }

        @Override
        public void run() {
            try {
                owner.rebuild(this);
            } finally {
                ended.countDown();
            }
        }
    }
}
