package io.concierge.core.kb.search;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedGuideSolrIT {

    @TempDir
    Path home;

    @Test
    void usersOfOneHomeShareOneSolrThatClosesWithTheLast() throws Exception {
        EmbeddedGuideSolr first = EmbeddedGuideSolr.open(home.toFile());
        EmbeddedGuideSolr second = EmbeddedGuideSolr.open(new File(home.toFile(), "../" + home.getFileName()));

        assertThat(second).isSameAs(first);
        assertThat(new File(home.toFile(), "guides/conf/schema.xml")).isFile();

        first.close();
        assertThat(second.server().query(new SolrQuery("*:*")).getResults().getNumFound()).isZero();
        second.close();

        // Everything was released (Lucene's write lock included): the home opens again.
        EmbeddedGuideSolr reopened = EmbeddedGuideSolr.open(home.toFile());
        try {
            assertThat(reopened).isNotSameAs(first);
            assertThat(reopened.server().query(new SolrQuery("*:*")).getResults().getNumFound()).isZero();
        } finally {
            reopened.close();
        }
    }

    @Test
    void aHomeThatCannotBeCreatedIsReportedWithThePath() throws Exception {
        File notADirectory = Files.createFile(home.resolve("taken")).toFile();

        assertThatThrownBy(() -> EmbeddedGuideSolr.open(new File(notADirectory, "solr")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("concierge.search.solr.home")
                .hasMessageContaining("taken");
    }
}
