package io.concierge.demo.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.search.service.SearchService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Builds Broadleaf's product search index from the catalog once the storefront's context is up, before the
 * storefront takes requests (so the first search finds products), and again every {@code intervalMinutes} in the
 * background if that is above zero (so catalog changes made in the admin reach the search).
 */
public class ProductIndexRebuilder implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware,
        DisposableBean {

    private static final Log LOG = LogFactory.getLog(ProductIndexRebuilder.class);

    private final SearchService searchService;
    private final String indexLocation;
    private final long intervalMinutes;
    private final ScheduledExecutorService scheduler;
    private ApplicationContext context;

    public ProductIndexRebuilder(SearchService searchService, String indexLocation, long intervalMinutes) {
        this(searchService, indexLocation, intervalMinutes,
                intervalMinutes > 0 ? Executors.newSingleThreadScheduledExecutor(new RebuildThreads()) : null);
    }

    ProductIndexRebuilder(SearchService searchService, String indexLocation, long intervalMinutes,
                          ScheduledExecutorService scheduler) {
        this.searchService = searchService;
        this.indexLocation = indexLocation;
        this.intervalMinutes = intervalMinutes;
        this.scheduler = scheduler;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    /** Runs for the storefront's root context only, not again when its DispatcherServlet context starts. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() != context) {
            return;
        }
        try {
            rebuild();
        } catch (Exception e) {
            LOG.debug("Product search index build failed", e);
            // One line that names the index and the reason; it ends the storefront's start.
            throw new IllegalStateException("cannot build the product search index (" + indexLocation + "): "
                    + rootCause(e));
        }
        if (scheduler != null) {
            scheduler.scheduleWithFixedDelay(new Runnable() {
                @Override
                public void run() {
                    rebuildInBackground();
                }
            }, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
        }
    }

    void rebuildInBackground() {
        try {
            rebuild();
        } catch (Exception e) {
            // The previous index stays in use; the next run tries again.
            LOG.warn("Product search index not rebuilt (" + indexLocation + "): " + rootCause(e));
            LOG.debug("Product search index rebuild failed", e);
        }
    }

    private void rebuild() throws Exception {
        long started = System.nanoTime();
        searchService.rebuildIndex();
        LOG.info(String.format("Product search index rebuilt in %.1f s (%s)",
                (System.nanoTime() - started) / 1e9, indexLocation));
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().split("\n")[0];
    }

    /** Daemon threads, so that a background rebuild never keeps the JVM alive. */
    private static final class RebuildThreads implements ThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "product-index-rebuild");
            thread.setDaemon(true);
            return thread;
        }
    }
}
