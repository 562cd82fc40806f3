package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Collections;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remote Solr that cannot be reached: clear failures for searches, saves that still go through. */
class UnreachableRemoteSolrIT {

    private final SolrGuideSearchIndex index = new SolrGuideSearchIndex();
    private String url;

    @BeforeEach
    void openOnAPortNobodyListensOn() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "http://127.0.0.1:" + port + "/solr/guides";
        index.solrUrl = url;
        index.open();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aSearchFailsWithAMessageNamingTheSolr() {
        GuideIndexQuery query = new GuideIndexQuery(Language.ENGLISH,
                Collections.singletonList(new TermGroup("shoes", Collections.<String>emptyList())),
                Collections.singletonList("shoes"), new Date(), 0, 10);

        assertThatThrownBy(() -> index.search(query))
                .isInstanceOf(GuideIndexException.class)
                .hasMessageContaining("Cannot search")
                .hasMessageContaining(url);
    }

    @Test
    void theIndexerLogsAFailedWriteInsteadOfFailingTheSave() {
        GuideDocument guide = new GuideDocument(1, "s", "en", "Shoes", null, null, null,
                Collections.<String>emptyList(), true, null);
        assertThatThrownBy(() -> index.write(Collections.singletonList(guide), Collections.<Long>emptyList()))
                .isInstanceOf(GuideIndexException.class).hasMessageContaining("write 1 guides");

        GuideIndexer indexer = new GuideIndexer();
        indexer.index = index;
        assertThatCode(() -> indexer.guideSaved(guide)).doesNotThrowAnyException();
        assertThatCode(() -> indexer.guideDeleted(1)).doesNotThrowAnyException();
    }
}
