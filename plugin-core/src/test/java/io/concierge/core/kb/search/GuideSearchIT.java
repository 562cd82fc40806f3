package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import io.concierge.core.testing.BroadleafContextExtension;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The guide search on Broadleaf's merged context, with a real embedded Solr under target/. */
@ExtendWith(BroadleafContextExtension.class)
class GuideSearchIT {

    private static final long HOUR = 3600 * 1000L;

    @Resource(name = "cncGuideSearchService")
    GuideSearchService searchService;

    @Resource(name = "cncGuideIndexer")
    GuideChangeListener indexer;

    @Resource(name = "cncGuideSearchIndex")
    GuideSearchIndex index;

    @Resource(name = "cncGuideReindexer")
    GuideReindexer reindexer;

    @Resource(name = "cncTestGuideDocumentSource")
    InMemoryGuideDocumentSource source;

    @Resource(name = "cncGuideSynonymService")
    GuideSynonymService synonymService;

    @Resource(name = "cncGuideSearchMissService")
    GuideSearchMissService missService;

    @Test
    void portugueseIgnoresAccentsAndNumber() {
        save(guide(101, "pt_BR", "Como escolher tênis de corrida", "Guia de tamanhos",
                "<p>Para trocas e devoluções de <b>tênis</b>, guarde a nota fiscal.</p>"));

        assertThat(ids("tenis", "pt_BR")).contains(101L);
        assertThat(ids("TÊNIS", "pt_BR")).contains(101L);
        assertThat(ids("devolucao", "pt_BR")).contains(101L);
        assertThat(ids("devolucoes", "pt_BR")).contains(101L);
        assertThat(ids("troca", "pt_BR")).contains(101L);
        assertThat(ids("tenis", "es")).doesNotContain(101L);
        assertThat(ids("tenis", "en")).doesNotContain(101L);
    }

    @Test
    void spanishFindsSingularAndPluralAlike() {
        save(guide(201, "es", "Zapatillas para correr", "Cómo elegir la talla",
                "<p>Los envíos de zapatilla tardan dos días.</p>"));

        assertThat(ids("zapatilla", "es")).contains(201L);
        assertThat(ids("zapatillas", "es_MX")).contains(201L);
        assertThat(ids("envio", "es")).contains(201L);
        assertThat(ids("tallas", "es")).contains(201L);
    }

    @Test
    void englishFindsOtherFormsOfAWord() {
        save(jackets());
        save(guide(302, "en", "Morning routine", "Habits", "<p>She runs every morning before breakfast.</p>"));

        assertThat(ids("running", "en")).contains(301L, 302L);
        assertThat(ids("run", "en_US")).contains(301L, 302L);
        assertThat(ids("jacket", "en")).containsExactly(301L);
    }

    @Test
    void aTypoStillFindsTheGuideAndSuggestsTheRightSpelling() {
        save(jackets());

        GuideSearchResult result = search("waranty", "en");

        assertThat(hitIds(result)).contains(301L);
        assertThat(result.getSuggestion()).isEqualTo("warranty");
        assertThat(search("warranty", "en").getSuggestion()).isNull();
    }

    @Test
    void theSnippetMarksTheMatchAndEscapesTheText() {
        save(jackets());

        GuideSearchHit hit = hit(search("waterproof", "en"), 301L);

        assertThat(hit.getSlug()).isEqualTo("guide-301");
        assertThat(hit.getTitle()).isEqualTo("Waterproof running jackets");
        assertThat(hit.getLocale()).isEqualTo("en");
        assertThat(hit.getSnippetHtml()).contains("<mark>waterproof</mark>").contains("Tom &amp; Jerry &lt;3")
                .doesNotContain("<p>").doesNotContain("<3");
    }

    @Test
    void longGuidesAreSnippetedFromTheStartOfTheBodyOrElseTheSummary() {
        StringBuilder text = new StringBuilder("Gnus graze at dawn. ");
        while (text.length() < SolrGuideDocuments.LEAD_CHARS - 4) {
            text.append("grass ");
        }
        text.append("wildebeest "); // across the end of the lead
        for (int i = 0; i < 3000; i++) {
            text.append("savanna ");
        }
        text.append("wildebeest migration.");
        save(guide(311, "en", "Serengeti", "Herds & kiwi birds", "<p>" + text + "</p>"));

        assertThat(hit(search("gnus", "en"), 311L).getSnippetHtml()).startsWith("<mark>Gnus</mark> graze at dawn.");
        assertThat(hit(search("wildebeest", "en"), 311L).getSnippetHtml()).isEqualTo("Herds &amp; kiwi birds");
        assertThat(hit(search("kiwi", "en"), 311L).getSnippetHtml()).isEqualTo("Herds &amp; <mark>kiwi</mark> birds");
    }

    @Test
    void onlyListedGuidesPublishedByNowAreFound() {
        save(guide(401, "en", "Zeppelin draft", null, null, false, null));
        save(guide(402, "en", "Zeppelin scheduled", null, null, true, new Date(System.currentTimeMillis() + HOUR)));
        save(guide(403, "en", "Zeppelin published", null, null, true, new Date(System.currentTimeMillis() - HOUR)));

        assertThat(ids("zeppelin", "en")).containsExactly(403L);

        // The scheduled guide is already in the index: it is found once its time has come, without a write.
        GuideIndexPage later = index.search(new GuideIndexQuery(Language.ENGLISH,
                Collections.singletonList(new TermGroup("zeppelin", Collections.<String>emptyList())),
                Collections.singletonList("zeppelin"), new Date(System.currentTimeMillis() + 2 * HOUR), 0, 10));
        assertThat(later.getHits()).extracting(GuideSearchHit::getGuideId).containsExactlyInAnyOrder(402L, 403L);
    }

    @Test
    void aGuidePublishedThisVerySecondIsFoundAtOnce() {
        long secondStart = System.currentTimeMillis() / 1000 * 1000;
        save(guide(404, "en", "Narwhal tusks", null, null, true, new Date(secondStart + 700)));

        GuideIndexPage page = index.search(new GuideIndexQuery(Language.ENGLISH,
                Collections.singletonList(new TermGroup("narwhal", Collections.<String>emptyList())),
                Collections.singletonList("narwhal"), new Date(secondStart + 701), 0, 10));

        assertThat(page.getHits()).extracting(GuideSearchHit::getGuideId).containsExactly(404L);
    }

    @Test
    void savesAndDeletionsAreSearchableAtOnce() {
        save(guide(411, "en", "Quokka care", null, null, true, null));
        assertThat(ids("quokka", "en")).containsExactly(411L);

        save(guide(411, "en", "Quokka care", null, null, false, null));
        assertThat(ids("quokka", "en")).isEmpty();

        save(guide(411, "en", "Quokka care", null, null, true, null));
        indexer.guideDeleted(411L);
        assertThat(ids("quokka", "en")).isEmpty();
    }

    @Test
    void theChangesOfOneTransactionAreWrittenTogether() {
        save(guide(421, "en", "Wombat burrows", null, null, true, null));
        save(guide(422, "en", "Wombat diet", null, null, true, null));

        indexer.guidesChanged(Arrays.asList(guide(423, "en", "Wombat sleep", null, null, true, null),
                guide(422, "en", "Wombat diet", null, null, false, null)), Collections.singletonList(421L));

        assertThat(ids("wombat", "en")).containsExactly(423L);
    }

    @Test
    void aSynonymSavedByTheMerchantExpandsTheNextSearch() {
        save(guide(501, "pt_BR", "Galochas para o inverno", "Pés secos", "<p>Use galocha no inverno.</p>"));
        assertThat(ids("bota de chuva", "pt_BR")).isEmpty();

        GuideSynonymSet synonyms = synonymService.create();
        synonyms.setLocale("pt-BR");
        synonyms.setSynonyms("bota de chuva ,galocha");
        GuideSynonymSet saved = synonymService.save(synonyms);
        try {
            assertThat(saved.getLocale()).isEqualTo("pt_BR");
            assertThat(saved.getSynonyms()).isEqualTo("bota de chuva, galocha");
            assertThat(ids("bota de chuva", "pt_BR")).containsExactly(501L);
            assertThat(ids("Botas de chuva", "pt_BR")).containsExactly(501L);
        } finally {
            synonymService.delete(saved);
        }
        assertThat(ids("bota de chuva", "pt_BR")).isEmpty();
    }

    @Test
    void anInvalidSynonymLineIsRefusedWithItsReasonAndNotSaved() {
        int before = synonymService.readAll().size();
        GuideSynonymSet oneTerm = synonymService.create();
        oneTerm.setLocale("pt_BR");
        oneTerm.setSynonyms("galocha");
        GuideSynonymSet unknownLanguage = synonymService.create();
        unknownLanguage.setLocale("fr");
        unknownLanguage.setSynonyms("botte, galoche");

        for (GuideSynonymSet invalid : Arrays.asList(oneTerm, unknownLanguage)) {
            try {
                synonymService.save(invalid);
                throw new AssertionError("saved " + invalid.getSynonyms());
            } catch (InvalidSynonymsException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        assertThat(synonymService.readAll()).hasSize(before);
    }

    @Test
    void aSearchWithoutResultIsCountedForTheContentGapsReport() {
        searchAs("unicórnio voador", "pt_BR", "192.0.2.10");
        searchAs("  UNICÓRNIO   voador ", "pt", "192.0.2.11");

        GuideSearchMiss miss = missFor("unicórnio voador", "pt_BR");
        assertThat(miss.getCount()).isEqualTo(2);
        assertThat(miss.getClientCount()).isEqualTo(2);
        assertThat(miss.getFirstSeen()).isBeforeOrEqualTo(miss.getLastSeen());
        assertThat(missService.topMisses("es", 500)).extracting(GuideSearchMiss::getQuery)
                .doesNotContain("unicórnio voador");

        searchAs("unicórnio voador", "pt_BR", "192.0.2.12");
        searchAs("unicórnio voador", "pt_BR", "192.0.2.10");
        assertThat(missFor("unicórnio voador", "pt_BR").getCount()).as("192.0.2.10 again: not counted").isEqualTo(3);
        assertThat(missFor("unicórnio voador", "pt_BR").getClientCount()).isEqualTo(3);
    }

    @Test
    void hostileQueriesFindNothingAndNeverFail() {
        save(jackets());
        StringBuilder symbols = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            symbols.append("\"(:*)+-&|!{}[]^~?\\/".charAt(i % 19));
            letters.append((char) ('a' + i % 26));
        }
        List<String> hostile = Arrays.asList("*:*", "\"(:*", "title_en:*", "id:301", "{!lucene}*:*",
                "\" OR \"\"=\"", "zzyzx) OR (*:*", "\\", "%00' OR 1=1 --", "\u0000\uE000\uE001",
                symbols.toString(), letters.toString(), "\uD83D\uDE00 \uD83D");

        for (String text : hostile) {
            GuideSearchResult result = search(text, "en");
            assertThat(result.getHits()).as(text).isEmpty();
            assertThat(result.getTotal()).as(text).isZero();
        }
    }

    @Test
    void aLongQueryIsShortenedNotRefused() {
        save(guide(101, "pt_BR", "Como escolher tênis de corrida", "Guia de tamanhos",
                "<p>Para trocas e devoluções de <b>tênis</b>, guarde a nota fiscal.</p>"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("tênis ");
        }

        GuideSearchResult result = search(text.toString(), "pt_BR");

        assertThat(hitIds(result)).contains(101L);
        assertThat(result.getText().length()).isLessThanOrEqualTo(QueryWords.MAX_CHARS);
    }

    @Test
    void aFullReindexReplacesTheIndexAndReportsItsProgress() throws Exception {
        indexedAnHourAgo(guide(604, "en", "Reindexed stale", null, null, true, null));
        source.replaceAll(Arrays.asList(
                guide(601, "en", "Reindexed alpha", null, null, true, null),
                guide(602, "pt_BR", "Reindexed beta", null, null, true, null),
                guide(603, "en", "Reindexed gamma draft", null, null, false, null)));
        CountDownLatch gate = source.closeGate();
        ReindexProgress started;
        ReindexProgress again;
        List<ReindexProgress> seen = new ArrayList<ReindexProgress>();
        // This rebuild reads the test's own guides only, not the database's guides or FAQ entries.
        GuideDocumentSource knowledgeBase = reindexer.source;
        List<GuideDocumentSource> everySource = reindexer.allSources;
        reindexer.source = source;
        reindexer.allSources = Collections.<GuideDocumentSource>emptyList();
        try {
            try {
                started = reindexer.start();
                again = reindexer.start();
            } finally {
                gate.countDown();
            }
            await().atMost(60, TimeUnit.SECONDS).pollInterval(5, TimeUnit.MILLISECONDS).until(() -> {
                seen.add(reindexer.progress());
                return !reindexer.progress().isRunning();
            });
        } finally {
            reindexer.source = knowledgeBase;
            reindexer.allSources = everySource;
        }
        ReindexProgress finished = reindexer.progress();
        assertThat(started.getState()).isEqualTo(ReindexProgress.State.RUNNING);
        assertThat(again.getStartedAt()).as("a second start joins the running rebuild")
                .isEqualTo(started.getStartedAt());

        assertThat(finished.getState()).as(String.valueOf(finished)).isEqualTo(ReindexProgress.State.DONE);
        assertThat(finished.getDone()).isEqualTo(3);
        assertThat(finished.getTotal()).isEqualTo(3);
        assertThat(finished.getPercent()).isEqualTo(100);
        assertThat(finished.getFinishedAt()).isAfterOrEqualTo(finished.getStartedAt());
        assertThat(seen).allMatch(p -> p.getDone() <= p.getTotal() || p.getTotal() == 0);
        assertThat(ids("reindexed", "en")).containsExactly(601L);
        assertThat(ids("reindexed", "pt_BR")).containsExactly(602L);
    }

    @Test
    void aSecondIndexInTheSameJvmSharesTheEmbeddedSolr() {
        // As in the demo store, where storefront and admin each have an index bean on the same directory: two
        // separate Solr instances would both load, but the second to write would fail on Lucene's write lock.
        save(guide(701, "en", "Platypus habitats", null, null, true, null));
        SolrGuideSearchIndex second = new SolrGuideSearchIndex();
        second.solrHome = "target/concierge-solr-it";
        second.open();
        try {
            second.write(Collections.singletonList(guide(702, "en", "Platypus diets", null, null, true, null)),
                    Collections.<Long>emptyList());
            GuideIndexPage page = second.search(new GuideIndexQuery(Language.ENGLISH,
                    Collections.singletonList(new TermGroup("platypus", Collections.<String>emptyList())),
                    Collections.singletonList("platypus"), new Date(), 0, 10));
            assertThat(page.getHits()).extracting(GuideSearchHit::getGuideId).containsExactlyInAnyOrder(701L, 702L);
        } finally {
            second.close();
        }
        index.write(Collections.singletonList(guide(703, "en", "Platypus eggs", null, null, true, null)),
                Collections.<Long>emptyList());
        assertThat(ids("platypus", "en")).containsExactlyInAnyOrder(701L, 702L, 703L);
    }

    private static GuideDocument jackets() {
        return guide(301, "en", "Waterproof running jackets", "Stay dry",
                "<p>Our waterproof jackets keep Tom &amp; Jerry &lt;3 dry. Two years of warranty.</p>");
    }

    /** As a guide that no rebuild since has rewritten: written to Solr with an indexing time an hour ago. */
    private void indexedAnHourAgo(GuideDocument guide) throws Exception {
        SolrInputDocument document = SolrGuideDocuments.toSolr(guide);
        document.setField("indexed_at", new Date(System.currentTimeMillis() - 3_600_000L));
        SolrServer solr = ((SolrGuideSearchIndex) index).solrServer();
        solr.add(document);
        solr.commit();
    }

    private void save(GuideDocument guide) {
        indexer.guideSaved(guide);
    }

    private GuideSearchResult search(String text, String locale) {
        return searchService.search(new GuideSearchQuery(text, locale, 1, 50));
    }

    private GuideSearchResult searchAs(String text, String locale, String client) {
        return searchService.search(new GuideSearchQuery(text, locale, 1, 50, client));
    }

    private List<Long> ids(String text, String locale) {
        return hitIds(search(text, locale));
    }

    private static List<Long> hitIds(GuideSearchResult result) {
        List<Long> ids = new ArrayList<Long>();
        for (GuideSearchHit hit : result.getHits()) {
            ids.add(hit.getGuideId());
        }
        return ids;
    }

    private static GuideSearchHit hit(GuideSearchResult result, long guideId) {
        for (GuideSearchHit hit : result.getHits()) {
            if (hit.getGuideId() == guideId) {
                return hit;
            }
        }
        throw new AssertionError("guide " + guideId + " not found");
    }

    private GuideSearchMiss missFor(String query, String locale) {
        for (GuideSearchMiss miss : missService.topMisses(locale, 500)) {
            if (miss.getQuery().equals(query)) {
                return miss;
            }
        }
        throw new AssertionError("no miss recorded for " + query);
    }

    private static GuideDocument guide(long id, String locale, String title, String summary, String body) {
        return guide(id, locale, title, summary, body, true, null);
    }

    private static GuideDocument guide(long id, String locale, String title, String summary, String body,
                                       boolean listed, Date publishAt) {
        return new GuideDocument(id, "guide-" + id, locale, title, summary, body, null,
                Collections.<String>emptyList(), listed, publishAt);
    }
}
