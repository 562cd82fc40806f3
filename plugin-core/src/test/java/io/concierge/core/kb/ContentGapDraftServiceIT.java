package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocumentSource;
import io.concierge.core.kb.search.GuideSearchMiss;
import io.concierge.core.kb.search.GuideSearchMissService;
import io.concierge.core.kernel.Slugs;
import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.Map;

import javax.annotation.Resource;

import static io.concierge.core.kb.GuideFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BroadleafContextExtension.class)
class ContentGapDraftServiceIT {

    @Resource(name = "cncContentGapDraftService")
    ContentGapDraftService draftService;

    @Resource(name = "cncGuideSearchMissService")
    GuideSearchMissService missService;

    @Resource(name = "cncGuideService")
    GuideService guideService;

    @Resource(name = "cncGuideDocumentSource")
    GuideDocumentSource documentSource;

    @Test
    void aGapGetsOneDraftInItsLanguageAndTheReportLinksIt() {
        String query = unique("capa de chuva para cachorro");
        recordGap(query, "pt_BR");

        Guide draft = draftService.draftFor(query, "pt_BR");
        Guide again = draftService.draftFor(query, "pt_BR");

        assertThat(draft.getId()).isNotNull();
        assertThat(draft.getTitle()).isEqualTo("C" + query.substring(1));
        assertThat(draft.getLocale()).isEqualTo("pt_BR");
        assertThat(draft.getStatus()).isEqualTo(GuideStatus.DRAFT);
        assertThat(draft.getSlug()).isEqualTo(Slugs.fromText(query));
        assertThat(again.getId()).isEqualTo(draft.getId());
        assertThat(gap(query, "pt_BR").getDraftGuideId()).isEqualTo(draft.getId());
    }

    @Test
    void aTakenSlugGetsASuffixAndADeletedDraftIsStartedAgain() {
        String query = unique("tent pegs");
        Guide holder = GuideFixtures.guide("Holder", GuideStatus.DRAFT, null);
        holder.setSlug(Slugs.fromText(query));
        guideService.save(holder);
        recordGap(query, "en");

        Guide first = draftService.draftFor(query, "en");
        guideService.delete(first.getId());
        Guide second = draftService.draftFor(query, "en");

        assertThat(first.getSlug()).isEqualTo(Slugs.fromText(query) + "-2");
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getSlug()).isEqualTo(Slugs.fromText(query) + "-2");
    }

    @Test
    void theReportSeesTheDraftsThatStillExist() {
        String kept = unique("kept draft");
        String deleted = unique("deleted draft");
        recordGap(kept, "en");
        recordGap(deleted, "en");
        Guide keptDraft = draftService.draftFor(kept, "en");
        guideService.delete(draftService.draftFor(deleted, "en").getId());

        Map<Long, Guide> drafts = draftService.existingDrafts(Arrays.asList(gap(kept, "en"), gap(deleted, "en")));

        assertThat(drafts).containsOnlyKeys(keptDraft.getId());
        assertThat(drafts.get(keptDraft.getId()).getTitle()).isEqualTo(keptDraft.getTitle());
    }

    @Test
    void aSearchThatWasNeverRecordedGetsNoDraft() {
        long guidesBefore = documentSource.countGuides();

        assertThat(draftService.draftFor(unique("never searched"), "en")).isNull();
        assertThat(draftService.draftFor(null, "en")).isNull();
        assertThat(documentSource.countGuides()).isEqualTo(guidesBefore);
    }

    /** A search without result, written as the gaps report writes what is pending before it lists the gaps. */
    private void recordGap(String query, String locale) {
        missService.record(query, locale, "192.0.2.1");
        gap(query, locale);
    }

    private GuideSearchMiss gap(String query, String locale) {
        for (GuideSearchMiss miss : missService.topMisses(locale, GuideSearchMissService.MAX_REPORTED)) {
            if (miss.getQuery().equals(query)) {
                return miss;
            }
        }
        throw new AssertionError("no gap " + query);
    }
}
