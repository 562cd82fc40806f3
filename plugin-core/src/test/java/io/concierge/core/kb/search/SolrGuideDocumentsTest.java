package io.concierge.core.kb.search;

import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class SolrGuideDocumentsTest {

    @Test
    void fillsTheFieldsOfTheGuidesLanguageOnly() {
        Date publishAt = new Date(1700000000000L);
        GuideDocument guide = new GuideDocument(7, "trocar-tenis", "pt_BR", "Trocar \uE000tênis", "Resumo",
                "<p>Corpo &amp; <b>texto</b></p>", "ajuda", Arrays.asList("troca", "tênis"), true, publishAt);

        SolrInputDocument doc = SolrGuideDocuments.toSolr(guide);

        assertThat(doc.getFieldValue("id")).isEqualTo("7");
        assertThat(doc.getFieldValue("guide_id")).isEqualTo(7L);
        assertThat(doc.getFieldValue("lang")).isEqualTo("pt");
        assertThat(doc.getFieldValue("locale")).isEqualTo("pt_BR");
        assertThat(doc.getFieldValue("title")).isEqualTo("Trocar tênis");
        assertThat(doc.getFieldValue("title_pt")).isEqualTo("Trocar tênis");
        assertThat(doc.getFieldValue("body_pt")).isEqualTo("Corpo & texto");
        assertThat(doc.getFieldValue("lead_pt")).isEqualTo("Corpo & texto");
        assertThat(doc.getFieldValues("tags_pt")).containsExactly("troca", "tênis");
        assertThat(doc.getFieldValue("publish_at")).isEqualTo(publishAt);
        assertThat(doc.getFieldNames()).noneMatch(name -> name.endsWith("_en") || name.endsWith("_es"));
    }

    @Test
    void aListedGuideWithoutPublishTimeCountsAsPublished() {
        GuideDocument guide = new GuideDocument(8, "s", "en", "T", null, null, null,
                Collections.<String>emptyList(), true, null);

        SolrInputDocument doc = SolrGuideDocuments.toSolr(guide);

        assertThat(doc.getFieldValue("publish_at")).isEqualTo(new Date(0L));
        assertThat(doc.getFieldNames()).doesNotContain("summary_en", "body_en", "lead_en");
    }

    @Test
    void leadAndSummaryAreCutAtAWordSoThatSolrNeverHasTo() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 3 * SolrGuideDocuments.LEAD_CHARS) {
            body.append("palavra ");
        }
        GuideDocument guide = new GuideDocument(9, "s", "pt_BR", "T", body.toString(), body.toString(), null,
                Collections.<String>emptyList(), true, null);

        SolrInputDocument doc = SolrGuideDocuments.toSolr(guide);

        String lead = (String) doc.getFieldValue("lead_pt");
        String summary = (String) doc.getFieldValue("summary_pt");
        assertThat(lead.length()).isLessThanOrEqualTo(SolrGuideDocuments.LEAD_CHARS)
                .isGreaterThan(SolrGuideDocuments.LEAD_CHARS - "palavra ".length());
        assertThat(lead).endsWith("palavra").doesNotContain("  ");
        assertThat(summary.length()).isLessThanOrEqualTo(SolrGuideDocuments.SUMMARY_CHARS);
        assertThat(summary).endsWith("palavra");
        assertThat((String) doc.getFieldValue("body_pt")).hasSizeGreaterThan(3 * SolrGuideDocuments.LEAD_CHARS - 9);
    }

    @Test
    void htmlBecomesTheTextAReaderSees() {
        assertThat(SolrGuideDocuments.htmlToText(
                "<h1>Size</h1><p>Fits&nbsp;<em>small</em> &lt;3</p>\n<ul><li>a</li></ul>"))
                .isEqualTo("Size Fits small <3 a");
        assertThat(SolrGuideDocuments.htmlToText(null)).isNull();
    }

    @Test
    void anotherKindGetsItsOwnIdAndTypeWhileGuidesKeepTheirIds() {
        SolrInputDocument guide = SolrGuideDocuments.toSolr(new GuideDocument(7, "tents", "en", "Tents", null,
                "<p>x</p>", null, Collections.<String>emptyList(), true, null));
        assertThat(guide.getFieldValue("id")).isEqualTo("7");
        assertThat(guide.getFieldValue("doc_type")).isEqualTo(GuideDocument.GUIDE);

        SolrInputDocument faq = SolrGuideDocuments.toSolr(new GuideDocument(GuideDocument.FAQ, 7, null, "es",
                "¿Dónde está mi paquete?", null, "<p>En camino.</p>", null, Collections.<String>emptyList(), true, null));
        assertThat(faq.getFieldValue("id")).isEqualTo("faq-7");
        assertThat(faq.getFieldValue("doc_type")).isEqualTo(GuideDocument.FAQ);
        assertThat(faq.getFieldValue("guide_id")).isEqualTo(7L);
        assertThat(faq.getFieldValue("slug")).isNull();
        assertThat(faq.getFieldValue("title_es")).isEqualTo("¿Dónde está mi paquete?");
    }
}
