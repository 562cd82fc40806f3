package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The embedded Solr that holds the guide index, one per Solr home directory and class loader. The demo store runs
 * storefront and admin in one JVM, and both Spring contexts open the index: two Solr instances on one index
 * directory would fight over Lucene's write lock, so they share one, which closes when its last user closes it.
 */
final class EmbeddedGuideSolr {

    static final String CORE = "guides";

    private static final Log LOG = LogFactory.getLog(EmbeddedGuideSolr.class);
    private static final String CONFIG_ON_CLASSPATH = "concierge/solr/";
    private static final String[] CONFIG_FILES = {
            "solr.xml", "guides/core.properties", "guides/conf/schema.xml", "guides/conf/solrconfig.xml"};
    private static final Map<String, EmbeddedGuideSolr> OPEN = new HashMap<String, EmbeddedGuideSolr>();

    private final String home;
    private final CoreContainer container;
    private final SolrServer server;
    /**
     * Searches run in the callers' threads and only use the CPU: more of them at once than there are processors
     * gains nothing, and the operating system's time slicing then makes a few searches very slow. Beyond that
     * number, searches wait their turn in order of arrival.
     */
    private final Semaphore searchSlots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private int users;

    private EmbeddedGuideSolr(String home, CoreContainer container) {
        this.home = home;
        this.container = container;
        this.server = new EmbeddedSolrServer(container, CORE);
    }

    /** Opens (or joins) the Solr of {@code home}, creating the directory and its configuration as needed. */
    static EmbeddedGuideSolr open(File home) {
        String key = canonicalPath(home);
        synchronized (OPEN) {
            EmbeddedGuideSolr solr = OPEN.get(key);
            if (solr == null) {
                solr = new EmbeddedGuideSolr(key, start(new File(key)));
                OPEN.put(key, solr);
            }
            solr.users++;
            return solr;
        }
    }

    SolrServer server() {
        return server;
    }

    Semaphore searchSlots() {
        return searchSlots;
    }

    /** Leaves the shared Solr; the last user to leave shuts it down. */
    void close() {
        synchronized (OPEN) {
            users--;
            if (users == 0) {
                OPEN.remove(home);
                container.shutdown();
                LOG.info("Concierge guide index closed: " + home);
            }
        }
    }

    private static CoreContainer start(File home) {
        writeConfiguration(home);
        CoreContainer container = CoreContainer.createAndLoad(home.getPath(), new File(home, "solr.xml"));
        Exception failure = container.getCoreInitFailures().get(CORE);
        SolrCore core = failure == null ? container.getCore(CORE) : null;
        if (core == null) {
            container.shutdown();
            throw new IllegalStateException("Concierge guide index in " + home + " cannot be opened"
                    + (failure != null ? ": " + rootMessage(failure) : ""), failure);
        }
        core.close(); // getCore counted a reference; the server takes its own for every request
        LOG.info("Concierge guide index opened: embedded Solr in " + home);
        return container;
    }

    /** Written at every start, so that a new version of Concierge brings its schema; the index data stay. */
    static void writeConfiguration(File home) {
        for (String name : CONFIG_FILES) {
            File target = new File(home, name);
            if (!target.getParentFile().isDirectory() && !target.getParentFile().mkdirs()) {
                throw new IllegalStateException("Cannot create the directory " + target.getParentFile()
                        + " for Concierge's guide index (property concierge.search.solr.home)");
            }
            try (InputStream in = EmbeddedGuideSolr.class.getClassLoader()
                    .getResourceAsStream(CONFIG_ON_CLASSPATH + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing from the classpath: " + CONFIG_ON_CLASSPATH + name);
                }
                Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write " + target + " for Concierge's guide index", e);
            }
        }
    }

    private static String canonicalPath(File home) {
        try {
            return home.getCanonicalPath();
        } catch (IOException e) {
            throw new IllegalStateException("Invalid directory for Concierge's guide index: " + home, e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
