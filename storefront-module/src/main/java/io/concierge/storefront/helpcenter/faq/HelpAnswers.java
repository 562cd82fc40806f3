package io.concierge.storefront.helpcenter.faq;

import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideSearchHit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Paths of the help center's answers and the "most read" list of /help. */
public final class HelpAnswers {

    public static final String FAQ_PATH = "/help/faq/";

    private HelpAnswers() {
    }

    public static String url(GuideSearchHit hit) {
        return hit.isFaq() ? FAQ_PATH + hit.getGuideId() : "/guides/" + hit.getSlug();
    }

    /** The most viewed of both lists, most views first (a guide before an entry on a tie), at most {@code max}. */
    static List<HelpAnswer> mostRead(List<? extends Guide> guides, List<? extends FaqEntry> entries, int max) {
        List<HelpAnswer> answers = new ArrayList<HelpAnswer>();
        for (Guide guide : guides) {
            answers.add(new HelpAnswer(GuideDocument.GUIDE, guide.getTitle(), "/guides/" + guide.getSlug(),
                    guide.getViewCount()));
        }
        for (FaqEntry entry : entries) {
            answers.add(new HelpAnswer(GuideDocument.FAQ, entry.getQuestion(), FAQ_PATH + entry.getId(),
                    entry.getViewCount()));
        }
        // A stable sort: each list comes most viewed first, guides before entries.
        Collections.sort(answers, new Comparator<HelpAnswer>() {
            @Override
            public int compare(HelpAnswer a, HelpAnswer b) {
                return Long.compare(b.getViews(), a.getViews());
            }
        });
        return answers.size() > max ? new ArrayList<HelpAnswer>(answers.subList(0, max)) : answers;
    }
}
