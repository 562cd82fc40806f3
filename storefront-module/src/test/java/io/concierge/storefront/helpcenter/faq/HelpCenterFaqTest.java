package io.concierge.storefront.helpcenter.faq;

import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.search.GuideSearchHit;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class HelpCenterFaqTest {

    @Test
    void theBundleHasTheSameKeysInEveryLanguage() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterFaqMessages");
    }

    @Test
    void mostReadMergesGuidesAndEntriesByViews() {
        List<Guide> guides = Arrays.asList(guide("returns", "Returns", 40), guide("sizes", "Sizes", 3));
        List<FaqEntry> entries = Arrays.asList(entry(7L, "Where is my parcel?", 90), entry(8L, "Gift wrap?", 3));

        List<HelpAnswer> answers = HelpAnswers.mostRead(guides, entries, 3);

        List<String> urls = new ArrayList<String>();
        for (HelpAnswer answer : answers) {
            urls.add(answer.getUrl());
        }
        assertThat(urls).containsExactly("/help/faq/7", "/guides/returns", "/guides/sizes");
        assertThat(answers.get(0).getKind()).isEqualTo("faq");
        assertThat(HelpAnswers.mostRead(Collections.<Guide>emptyList(), Collections.<FaqEntry>emptyList(), 5))
                .isEmpty();
    }

    @Test
    void hitsLinkToTheirPages() {
        assertThat(HelpAnswers.url(new GuideSearchHit("faq", 12, null, "Q", "en", ""))).isEqualTo("/help/faq/12");
        assertThat(HelpAnswers.url(new GuideSearchHit("guide", 3, "returns", "R", "en", "")))
                .isEqualTo("/guides/returns");
    }

    @Test
    void entriesAreGroupedUnderTheirCategoryInTheOrderRead() {
        FaqEntry a = entry(1L, "A", 0);
        FaqEntry b = entry(2L, "B", 0);
        FaqEntry c = entry(3L, "C", 0);
        when(a.getCategory()).thenReturn("Shipping");
        when(c.getCategory()).thenReturn("Shipping");
        Map<String, List<FaqEntry>> grouped = HelpCenterSearchController.byCategory(Arrays.asList(a, b, c));
        assertThat(grouped.keySet()).containsExactly("Shipping", "");
        assertThat(grouped.get("Shipping")).containsExactly(a, c);
    }

    private static Guide guide(String slug, String title, long views) {
        Guide guide = mock(Guide.class);
        when(guide.getSlug()).thenReturn(slug);
        when(guide.getTitle()).thenReturn(title);
        when(guide.getViewCount()).thenReturn(views);
        return guide;
    }

    private static FaqEntry entry(Long id, String question, long views) {
        FaqEntry entry = mock(FaqEntry.class);
        when(entry.getId()).thenReturn(id);
        when(entry.getQuestion()).thenReturn(question);
        when(entry.getViewCount()).thenReturn(views);
        return entry;
    }
}
