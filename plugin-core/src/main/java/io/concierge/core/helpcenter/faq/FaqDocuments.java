package io.concierge.core.helpcenter.faq;

import io.concierge.core.kb.search.GuideDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The search index's view of an FAQ entry: a document of kind "faq", question as title, answer as body. */
final class FaqDocuments {

    private FaqDocuments() {
    }

    static GuideDocument of(FaqEntry entry) {
        return new GuideDocument(GuideDocument.FAQ, entry.getId(), null, entry.getLocale(), entry.getQuestion(),
                null, entry.getAnswer(), null, Collections.<String>emptyList(), entry.isPublished(), null);
    }

    /** What removes a deleted entry from the index: an unlisted document is taken out. */
    static GuideDocument removed(long entryId) {
        return new GuideDocument(GuideDocument.FAQ, entryId, null, "en", "", null, null, null,
                Collections.<String>emptyList(), false, null);
    }

    static List<GuideDocument> of(List<? extends FaqEntry> entries) {
        List<GuideDocument> documents = new ArrayList<GuideDocument>(entries.size());
        for (FaqEntry entry : entries) {
            documents.add(of(entry));
        }
        return documents;
    }
}
