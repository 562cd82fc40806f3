package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.servlet.SolrDispatchFilter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import javax.servlet.DispatcherType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide index on a Solr server reached over HTTP ({@code concierge.search.solr.url}), as a store with a Solr of
 * its own uses it: a real Solr 4.4 in Jetty on 127.0.0.1 whose core has the configuration this jar ships (what the
 * README tells integrators to copy).
 */
class RemoteSolrGuideSearchIT {

    private static final long HOUR = 3600 * 1000L;

    private static Server solr;
    private static SolrGuideSearchIndex index;

    @BeforeAll
    static void startSolrServer() throws Exception {
        File home = Files.createTempDirectory("concierge-remote-solr").toFile();
        EmbeddedGuideSolr.writeConfiguration(home);
        solr = new Server();
        ServerConnector connector = new ServerConnector(solr);
        connector.setHost("127.0.0.1");
        solr.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/solr");
        context.addFilter(new FilterHolder(new SolrDispatchFilter() {
            @Override
            protected CoreContainer createCoreContainer() {
                return CoreContainer.createAndLoad(home.getPath(), new File(home, "solr.xml"));
            }
        }), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(DefaultServlet.class, "/");
        solr.setHandler(context);
        solr.start();

        index = new SolrGuideSearchIndex();
        index.solrUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/solr/" + EmbeddedGuideSolr.CORE;
        index.open();
    }

    @AfterAll
    static void stopSolrServer() throws Exception {
        index.close();
        solr.stop();
    }

    @Test
    void findsWhatWasWrittenWithSnippetsAndSpellingOverHttp() {
        index.write(Arrays.asList(guide(1, "en", "Waterproof jackets", "<p>Two years of warranty on every jacket.</p>"),
                guide(2, "pt_BR", "Jaquetas impermeáveis", "<p>Garantia de dois anos.</p>")),
                Collections.<Long>emptyList());

        GuideIndexPage page = index.search(query("jacket", new Date()));
        assertThat(page.getTotal()).isEqualTo(1);
        assertThat(page.getHits().get(0).getGuideId()).isEqualTo(1L);
        assertThat(page.getHits().get(0).getSnippetHtml()).contains("<mark>jacket</mark>");

        GuideIndexPage typo = index.search(query("warrenty", new Date()));
        assertThat(typo.getHits()).extracting(GuideSearchHit::getGuideId).containsExactly(1L);
        assertThat(typo.getSuggestion()).isEqualTo("warranty");
    }

    @Test
    void removesDeletedAndUnlistedGuidesAndFindsScheduledOnesAtTheirTime() {
        GuideDocument scheduled = new GuideDocument(12, "guide-12", "en", "Kayak rentals", null, null, null,
                Collections.<String>emptyList(), true, new Date(System.currentTimeMillis() + HOUR));
        index.write(Arrays.asList(guide(10, "en", "Kayak paddles", null), guide(11, "en", "Kayak seats", null),
                scheduled), Collections.<Long>emptyList());
        index.write(Collections.singletonList(new GuideDocument(11, "guide-11", "en", "Kayak seats", null, null, null,
                Collections.<String>emptyList(), false, null)), Collections.singletonList(10L));

        assertThat(ids(index.search(query("kayak", new Date())))).isEmpty();
        assertThat(ids(index.search(query("kayak", new Date(System.currentTimeMillis() + 2 * HOUR)))))
                .containsExactly(12L);
    }

    @Test
    void aChangeOfThousandsOfGuidesIsWrittenWhole() {
        List<GuideDocument> renamedCategory = new ArrayList<GuideDocument>();
        for (long id = 1000; id < 1000 + 2 * SolrGuideSearchIndex.WRITE_PART + 1; id++) {
            renamedCategory.add(guide(id, "en", "Marmot watching " + id, null));
        }

        index.write(renamedCategory, Collections.<Long>emptyList());

        assertThat(index.search(query("marmot", new Date())).getTotal()).isEqualTo(renamedCategory.size());
    }

    @Test
    void aRebuildDropsWhatItDidNotRewrite() throws Exception {
        // As an earlier rebuild left it: indexed an hour ago.
        SolrInputDocument stale = SolrGuideDocuments.toSolr(guide(20, "es", "Tiendas de campaña viejas", null));
        stale.setField("indexed_at", new Date(System.currentTimeMillis() - HOUR));
        index.solrServer().add(stale);
        index.solrServer().commit();

        long start = System.currentTimeMillis();
        index.putBatch(Collections.singletonList(guide(21, "es", "Tiendas de campaña nuevas", null)));
        index.finishRebuild(System.currentTimeMillis() - start + 500);

        GuideIndexPage page = index.search(new GuideIndexQuery(Language.SPANISH,
                Collections.singletonList(new TermGroup("tiendas", Collections.<String>emptyList())),
                Collections.singletonList("tiendas"), new Date(), 0, 10));
        assertThat(ids(page)).containsExactly(21L);
    }

    private static GuideIndexQuery query(String word, Date now) {
        return new GuideIndexQuery(Language.ENGLISH,
                Collections.singletonList(new TermGroup(word, Collections.<String>emptyList())),
                Collections.singletonList(word), now, 0, 10);
    }

    private static GuideDocument guide(long id, String locale, String title, String body) {
        return new GuideDocument(id, "guide-" + id, locale, title, null, body, null, Collections.<String>emptyList(),
                true, new Date(System.currentTimeMillis() - HOUR));
    }

    private static List<Long> ids(GuideIndexPage page) {
        return page.getHits().stream().map(GuideSearchHit::getGuideId).collect(Collectors.toList());
    }
}
