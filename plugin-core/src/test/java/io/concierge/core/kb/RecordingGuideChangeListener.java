package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideChangeListener;
import io.concierge.core.kb.search.GuideDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener (declared in the test patch file): remembers what it was told. */
public class RecordingGuideChangeListener implements GuideChangeListener {

    private final List<GuideDocument> saved = new CopyOnWriteArrayList<GuideDocument>();
    private final List<Long> deleted = new CopyOnWriteArrayList<Long>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<Integer>();

    @Override
    public void guideSaved(GuideDocument guide) {
        saved.add(guide);
    }

    @Override
    public void guideDeleted(long guideId) {
        deleted.add(guideId);
    }

    @Override
    public void guidesChanged(List<GuideDocument> savedGuides, Collection<Long> deletedGuideIds) {
        batchSizes.add(savedGuides.size() + deletedGuideIds.size());
        GuideChangeListener.super.guidesChanged(savedGuides, deletedGuideIds);
    }

    public void clear() {
        saved.clear();
        deleted.clear();
        batchSizes.clear();
    }

    /** How many changes each notification carried, oldest first. */
    public List<Integer> batchSizes() {
        return new ArrayList<Integer>(batchSizes);
    }

    /** The documents received for one guide, oldest first. */
    public List<GuideDocument> savedDocuments(Long guideId) {
        List<GuideDocument> documents = new ArrayList<GuideDocument>();
        for (GuideDocument document : saved) {
            if (document.getId() == guideId) {
                documents.add(document);
            }
        }
        return documents;
    }

    public List<Long> deletedIds() {
        return new ArrayList<Long>(deleted);
    }
}
