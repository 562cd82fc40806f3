package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The knowledge-base search in the Broadleaf admin, driven over HTTP: the merchant's synonym lines (and their effect
 * on the storefront's guide search), the searches that found nothing on the guide reports page, and a full rebuild
 * of the guide index started from there.
 */
@ExtendWith(RunningDemoStore.class)
class KnowledgeBaseSearchAdminWebIT {

    private static final Duration REINDEX_WAIT = Duration.ofMinutes(2);

    private final AdminSession merchant;

    KnowledgeBaseSearchAdminWebIT() throws IOException {
        merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
    }

    private static Document searchGuides(String query, String locale) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + "/guides/search?q=" + URLEncoder.encode(query, "UTF-8")
                + "&blLocaleCode=" + locale).get();
    }

    private Connection.Response addSynonyms(String locale, String line) throws IOException {
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("locale", locale);
        fields.put("synonyms", line);
        return merchant.saveForm("/guide-synonyms/add", fields);
    }

    @Test
    void customerServiceHasTheGuideSynonymsSection() throws IOException {
        Document home = merchant.get("/");

        assertThat(home.select("#sideMenu a[href=\"/admin/guide-synonyms\"]").text()).isEqualTo("Guide synonyms");
    }

    @Test
    void aSynonymLineAddedInTheAdminIsListedAndWidensTheStorefrontSearch() throws IOException {
        assertThat(searchGuides("morral", "es_ES").select("li.search-hit")).isEmpty();

        addSynonyms("es", "mochila, morral");

        Element row = merchant.get("/guide-synonyms").select("#listGrid-main tbody tr:contains(mochila, morral)")
                .first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Espa");
        Document found = searchGuides("morral", "es_ES");
        assertThat(found.select("li.search-hit")).isNotEmpty();
        assertThat(found.select("li.search-hit .snippet").text().toLowerCase()).contains("mochila");
    }

    @Test
    void aLineWithASingleTermIsAFieldErrorAndNothingIsSaved() throws IOException {
        Document refused = addSynonyms("en", "duffel").parse();

        assertThat(refused.select("#field-synonyms .error").text()).contains("Write at least two terms");
        assertThat(merchant.get("/guide-synonyms").select("#listGrid-main tbody").text()).doesNotContain("duffel");
    }

    @Test
    void aTermOfTooManyWordsIsAFieldErrorAndNothingIsSaved() throws IOException {
        Document refused = addSynonyms("en", "tent, shelter for four people at night").parse();

        assertThat(refused.select("#field-synonyms .error").text())
                .contains("\"shelter for four people at night\" is too long");
        assertThat(merchant.get("/guide-synonyms").select("#listGrid-main tbody").text()).doesNotContain("shelter");
    }

    @Test
    void aSearchThatFoundNothingIsListedUnderContentGaps() throws IOException {
        String nonsense = "zorblaxquing";
        searchGuides(nonsense, "en_US");
        searchGuides(nonsense, "en_US");

        // The storefront writes its content gaps every second; one client searching twice counts once.
        Element gap = await().atMost(Duration.ofSeconds(10)).until(() -> merchant.get("/guide-reports")
                .select("#cnc-content-gaps tbody tr:has(td.cnc-gap-query:matches(^" + nonsense + "$))").first(),
                row -> row != null && row.select(".cnc-gap-count").text().equals("1"));

        assertThat(gap.select(".cnc-gap-locale").text()).isEqualTo("en");
    }

    @Test
    void theRebuildButtonRebuildsTheGuideIndexAndThePageShowsItsProgressUntilDone() throws Exception {
        Document before = merchant.get("/guide-reports");
        assertThat(before.select("#cnc-reindex form.cnc-reindex-form button")).hasSize(1);

        Connection.Response started = merchant.post("/guide-reports/reindex", "/guide-reports",
                Collections.<String, String>emptyMap());

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.url().getPath()).isEqualTo("/admin/guide-reports");
        Element reindex = waitUntilNotRunning();
        assertThat(reindex.attr("data-state")).isEqualTo("DONE");
        assertThat(reindex.select(".cnc-reindex-state").text()).isEqualTo("Done");
        List<String> counts = reindex.select(".cnc-reindex-count").eachText();
        assertThat(counts).hasSize(1);
        String[] doneOfTotal = counts.get(0).split("[ /(]+");
        assertThat(Long.parseLong(doneOfTotal[1])).isGreaterThan(0);
        assertThat(doneOfTotal[0]).isEqualTo(doneOfTotal[1]);
        assertThat(counts.get(0)).endsWith("(100 %)");
        assertThat(reindex.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(searchGuides("mochila", "es_ES").select("li.search-hit")).isNotEmpty();
    }

    @Test
    void aContentGapBecomesADraftGuideInItsLanguageWithOneClick() throws IOException {
        String nonsense = "vurplemoss";
        searchGuides(nonsense, "es_ES");
        Element draftForm = await().atMost(Duration.ofSeconds(10)).until(() -> merchant.get("/guide-reports")
                .select("#cnc-content-gaps tr:has(td.cnc-gap-query:matches(^" + nonsense + "$)) form.cnc-gap-draft-form")
                .first(), form -> form != null);
        Map<String, String> fields = new HashMap<String, String>();
        for (Element input : draftForm.select("input[type=hidden][name~=^(query|locale)$]")) {
            fields.put(input.attr("name"), input.val());
        }

        Connection.Response opened = merchant.post("/guide-reports/content-gaps/draft", "/guide-reports", fields);
        Connection.Response again = merchant.post("/guide-reports/content-gaps/draft", "/guide-reports", fields);

        assertThat(opened.url().getPath()).matches("/admin/guides/\\d+");
        assertThat(again.url().getPath()).isEqualTo(opened.url().getPath());
        Document editor = opened.parse();
        assertThat(editor.select("input[name=\"fields['title'].value\"]").val()).isEqualTo("Vurplemoss");
        assertThat(editor.select("input[name=\"fields['locale'].value\"][checked]").val()).isEqualTo("es");
        assertThat(editor.select("input[name=\"fields['status'].value\"][checked]").val()).isEqualTo("DRAFT");
        Element gapRow = merchant.get("/guide-reports")
                .select("#cnc-content-gaps tr:has(td.cnc-gap-query:matches(^" + nonsense + "$))").first();
        assertThat(gapRow.select("a.cnc-gap-draft").attr("href")).endsWith(opened.url().getPath());
        assertThat(gapRow.select("form.cnc-gap-draft-form")).isEmpty();
        assertThat(searchGuides(nonsense, "es_ES").select("li.search-hit")).isEmpty(); // a draft is not published
    }

    @Test
    void aStaleGapFormChangesNothingAndLeadsBackToTheReport() throws IOException {
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("query", "never searched for anything");
        fields.put("locale", "en");

        Connection.Response answer = merchant.post("/guide-reports/content-gaps/draft", "/guide-reports", fields);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.url().getPath()).isEqualTo("/admin/guide-reports");
        assertThat(merchant.get("/guides").select("body").text()).doesNotContain("Never searched for anything");
    }

    /** The reindex section once the rebuild has ended; while it runs, the page asks the browser to reload it. */
    private Element waitUntilNotRunning() {
        return await().atMost(REINDEX_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            Element reindex = merchant.get("/guide-reports").select("#cnc-reindex").first();
            if ("RUNNING".equals(reindex.attr("data-state"))) {
                assertThat(reindex.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
            }
            return reindex;
        }, reindex -> !"RUNNING".equals(reindex.attr("data-state")));
    }
}
