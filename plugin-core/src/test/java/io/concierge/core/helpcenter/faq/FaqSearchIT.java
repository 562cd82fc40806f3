package io.concierge.core.helpcenter.faq;

import io.concierge.core.helpcenter.cases.CaseReports;
import io.concierge.core.kb.search.GuideChangeListener;
import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideReindexer;
import io.concierge.core.kb.search.GuideSearchHit;
import io.concierge.core.kb.search.GuideSearchQuery;
import io.concierge.core.kb.search.GuideSearchResult;
import io.concierge.core.kb.search.GuideSearchService;
import io.concierge.core.kb.search.GuideSynonymService;
import io.concierge.core.kb.search.GuideSynonymSet;
import io.concierge.core.kb.search.ReindexProgress;
import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * FAQ entries saved through the service land in the knowledge base's index as documents of their own kind and are
 * found with guides in one ranked list (the help center's search), in the shoppers' languages, with typos and
 * merchant synonyms; the guide search keeps finding guides only.
 */
@ExtendWith(BroadleafContextExtension.class)
class FaqSearchIT {

    @Resource(name = "cncFaqService")
    FaqService faqService;

    @Resource(name = "cncCaseReports")
    CaseReports reports;

    @Resource(name = "cncGuideSearchService")
    GuideSearchService searchService;

    @Resource(name = "cncGuideIndexer")
    GuideChangeListener guideIndexer;

    @Resource(name = "cncGuideSynonymService")
    GuideSynonymService synonymService;

    @Resource(name = "cncGuideReindexer")
    GuideReindexer reindexer;

    @Test
    void faqEntriesAndGuidesComeInOneRankedListInTwoLanguages() {
        guideIndexer.guideSaved(guide(9101, "en", "Parcel delivery explained",
                "<p>Every parcel gets a tracking number by mail.</p>"));
        FaqEntry english = save("en", "Where is my parcel tracking number?",
                "<p>The <b>tracking</b> number is in the dispatch mail.</p><script>alert(1)</script>", true);
        FaqEntry draft = save("en", "Parcel tracking for drafts", "<p>Not shown tracking parcel.</p>", false);
        guideIndexer.guideSaved(guide(9102, "pt_BR", "Devoluções sem custo", "<p>Como devolver um produto.</p>"));
        FaqEntry portuguese = save("pt_BR", "Como faço uma devolução?",
                "<p>Peça a devolução em até 30 dias.</p>", true);

        assertThat(english.getAnswer()).doesNotContain("script").contains("<b>tracking</b>");
        List<String> hits = keys(all("parcel tracking", "en"));
        // Other tests of this JVM share the index: only these documents' places are checked.
        assertThat(hits).contains("faq-" + english.getId(), "guide-9101").doesNotContain("faq-" + draft.getId());
        // Both words in its question (a title boost) rank the entry above the guide.
        assertThat(hits.indexOf("faq-" + english.getId())).isLessThan(hits.indexOf("guide-9101"));
        assertThat(keys(all("devolucao", "pt_BR"))).contains("faq-" + portuguese.getId(), "guide-9102");
        assertThat(keys(all("devolucao", "en"))).doesNotContain("faq-" + portuguese.getId(), "guide-9102");
        assertThat(keys(all("tracking", "en"))).doesNotContain("faq-" + draft.getId());

        // The guide search stays guides only.
        assertThat(keys(searchService.search(new GuideSearchQuery("parcel tracking", "en", 1, 50))))
                .contains("guide-9101").doesNotContain("faq-" + english.getId());

        GuideSearchHit faqHit = hit(all("dispatch", "en"), "faq-" + english.getId());
        assertThat(faqHit.isFaq()).isTrue();
        assertThat(faqHit.getSlug()).isNull();
        assertThat(faqHit.getSnippetHtml()).contains("<mark>dispatch</mark>");
    }

    @Test
    void aTypoAndASynonymFindTheEntry() {
        FaqEntry entry = save("es", "¿Cuándo llega mi pedido?", "<p>Los envíos tardan tres días hábiles.</p>", true);
        assertThat(keys(all("pedidp", "es"))).contains("faq-" + entry.getId()); // one typo away
        assertThat(keys(all("paquete", "es"))).doesNotContain("faq-" + entry.getId());

        GuideSynonymSet synonyms = synonymService.create();
        synonyms.setLocale("es");
        synonyms.setSynonyms("paquete, pedido");
        GuideSynonymSet saved = synonymService.save(synonyms);
        try {
            assertThat(keys(all("paquete", "es"))).contains("faq-" + entry.getId());
        } finally {
            synonymService.delete(saved);
        }
    }

    @Test
    void anEditOrDeletionReachesTheIndexAndTheFullReindexKeepsEntries() {
        FaqEntry entry = save("en", "Can I pay with a voucher?", "<p>Vouchers are taken at checkout.</p>", true);
        String key = "faq-" + entry.getId();
        assertThat(keys(all("voucher", "en"))).contains(key);

        ReindexProgress started = reindexer.start();
        assertThat(started).isNotNull();
        await().atMost(30, TimeUnit.SECONDS).until(() -> reindexer.progress().getState() != ReindexProgress.State.RUNNING);
        assertThat(keys(all("voucher", "en"))).contains(key);

        FaqEntry edited = faqService.findById(entry.getId());
        edited.setPublished(false);
        faqService.save(edited);
        assertThat(keys(all("voucher", "en"))).doesNotContain(key);

        FaqEntry republished = faqService.findById(entry.getId());
        republished.setPublished(true);
        faqService.save(republished);
        assertThat(keys(all("voucher", "en"))).contains(key);

        faqService.delete(entry.getId());
        assertThat(keys(all("voucher", "en"))).doesNotContain(key);
    }

    @Test
    void anEmptyQuestionOrAnswerIsRefusedWithFieldKeys() {
        FaqEntry entry = faqService.create();
        entry.setQuestion("   ");
        entry.setAnswer("<script>alert(1)</script>");
        assertThatThrownBy(() -> faqService.save(entry)).isInstanceOf(InvalidFaqEntryException.class)
                .satisfies(e -> assertThat(((InvalidFaqEntryException) e).getFieldErrors())
                        .containsEntry("question", FaqRules.QUESTION_REQUIRED)
                        .containsEntry("answer", FaqRules.ANSWER_REQUIRED));
    }

    @Test
    void viewsAndSolvedCountOnlyPublishedEntries() {
        FaqEntry published = save("en", "Do you gift wrap?", "<p>Yes, for 2 dollars.</p>", true);
        FaqEntry draft = save("en", "Secret question", "<p>Draft.</p>", false);
        int solvedThisWeek = reports.lastWeeks(1, new Date()).getAnswersThatSolvedByWeek().get(0);
        assertThat(faqService.recordView(published.getId())).isTrue();
        assertThat(faqService.recordView(published.getId())).isTrue();
        assertThat(faqService.recordSolved(published.getId())).isTrue();
        assertThat(faqService.recordSolved(draft.getId())).isFalse();
        assertThat(reports.lastWeeks(1, new Date()).getAnswersThatSolvedByWeek()).as("the week's contacts avoided")
                .containsExactly(solvedThisWeek + 1);
        faqService.recordGuideSolved(published.getId());
        assertThat(reports.lastWeeks(1, new Date()).getAnswersThatSolvedByWeek()).as("a guide that solved it too")
                .containsExactly(solvedThisWeek + 2);
        assertThat(faqService.recordView(draft.getId())).isFalse();
        assertThat(faqService.findById(published.getId()).getViewCount()).isEqualTo(2);
        assertThat(faqService.findById(published.getId()).getSolvedCount()).isEqualTo(1);
        assertThat(faqService.mostViewed("en", 1).get(0).getId()).isEqualTo(published.getId());
        assertThat(faqService.findPublished(draft.getId())).isNull();
    }

    private FaqEntry save(String locale, String question, String answer, boolean published) {
        FaqEntry entry = faqService.create();
        entry.setLocale(locale);
        entry.setQuestion(question);
        entry.setAnswer(answer);
        entry.setPublished(published);
        return faqService.save(entry);
    }

    private GuideSearchResult all(String text, String locale) {
        return searchService.searchAllKinds(new GuideSearchQuery(text, locale, 1, 50));
    }

    private static List<String> keys(GuideSearchResult result) {
        List<String> keys = new ArrayList<String>();
        for (GuideSearchHit hit : result.getHits()) {
            keys.add(hit.getKind() + "-" + hit.getGuideId());
        }
        return keys;
    }

    private static GuideSearchHit hit(GuideSearchResult result, String key) {
        for (GuideSearchHit hit : result.getHits()) {
            if (key.equals(hit.getKind() + "-" + hit.getGuideId())) {
                return hit;
            }
        }
        throw new AssertionError(key + " not found");
    }

    private static GuideDocument guide(long id, String locale, String title, String body) {
        return new GuideDocument(id, "guide-" + id, locale, title, null, body, null,
                Collections.<String>emptyList(), true, null);
    }
}
