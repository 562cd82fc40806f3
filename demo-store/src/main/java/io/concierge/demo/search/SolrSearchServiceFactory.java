package io.concierge.demo.search;

import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.broadleafcommerce.core.search.service.solr.SolrContext;
import org.broadleafcommerce.core.search.service.solr.SolrSearchServiceImpl;
import org.xml.sax.SAXException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

/**
 * Gives Broadleaf's product search its Solr: an embedded one whose home is a folder of the demo store's data
 * directory, or a remote Solr server when its base URL is configured. The storefront context creates
 * {@code blSearchService} through {@link #createSearchService()}, so Spring injects and destroys the returned
 * {@link SolrSearchServiceImpl} like any other Broadleaf bean.
 */
public class SolrSearchServiceFactory {

    private static final String SOLR_XML = "/solr-home/solr.xml";

    private final String remoteUrl;
    private final File embeddedHome;
    private final List<HttpSolrServer> remoteServers = new ArrayList<HttpSolrServer>();

    /**
     * @param remoteUrl    base URL of a Solr 4 server that has the cores {@code primary} and {@code reindex}
     *                     (e.g. {@code http://solr:8983/solr}); empty for the embedded Solr
     * @param embeddedHome Solr home of the embedded Solr; created on first use
     */
    public SolrSearchServiceFactory(String remoteUrl, String embeddedHome) {
        this.remoteUrl = remoteUrl.trim().replaceAll("/+$", "");
        this.embeddedHome = new File(embeddedHome).getAbsoluteFile();
    }

    public SolrSearchServiceImpl createSearchService() throws IOException, ParserConfigurationException, SAXException {
        if (isRemote()) {
            // Broadleaf queries "primary", fills "reindex" and then swaps the two through the core admin (root URL).
            return new SolrSearchServiceImpl(remote(remoteUrl + "/" + SolrContext.PRIMARY),
                    remote(remoteUrl + "/" + SolrContext.REINDEX), remote(remoteUrl));
        }
        if (!embeddedHome.isDirectory() && !embeddedHome.mkdirs()) {
            throw new IOException("cannot create the Solr home " + embeddedHome);
        }
        // The demo's own solr.xml in place of Broadleaf's default, which wants a "lib" folder of extra jars. Solr
        // rewrites it when Broadleaf swaps the cores, so an existing one is kept.
        File solrXml = new File(embeddedHome, "solr.xml");
        if (!solrXml.exists()) {
            try (InputStream template = SolrSearchServiceFactory.class.getResourceAsStream(SOLR_XML)) {
                Files.copy(template, solrXml.toPath());
            }
        }
        return new SolrSearchServiceImpl(embeddedHome.getPath());
    }

    /** Where the index lives, for log lines and error messages. */
    public String describe() {
        return isRemote() ? "Solr at " + remoteUrl : "embedded Solr in " + embeddedHome;
    }

    /** Closes the HTTP connections to a remote Solr; Broadleaf closes an embedded one itself. */
    public void close() {
        for (HttpSolrServer server : remoteServers) {
            server.shutdown();
        }
        remoteServers.clear();
    }

    private boolean isRemote() {
        return !remoteUrl.isEmpty();
    }

    private HttpSolrServer remote(String url) {
        HttpSolrServer server = new HttpSolrServer(url);
        remoteServers.add(server);
        return server;
    }
}
