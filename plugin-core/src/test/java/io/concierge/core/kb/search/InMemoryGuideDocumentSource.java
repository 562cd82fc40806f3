package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Guides for tests, kept in memory (the knowledge-base domain provides the real source). A test may hold the
 * reader of the first page until it opens the gate, to look at a rebuild while it runs.
 */
public class InMemoryGuideDocumentSource implements GuideDocumentSource {

    private volatile List<GuideDocument> guides;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public InMemoryGuideDocumentSource() {
        this(Collections.<GuideDocument>emptyList());
    }

    public InMemoryGuideDocumentSource(List<GuideDocument> guides) {
        this.guides = new ArrayList<GuideDocument>(guides);
    }

    public void replaceAll(List<GuideDocument> newGuides) {
        guides = new ArrayList<GuideDocument>(newGuides);
    }

    /** Readers wait in {@link #guides} until the returned latch is counted down. */
    public CountDownLatch closeGate() {
        gate = new CountDownLatch(1);
        return gate;
    }

    @Override
    public long countGuides() {
        return guides.size();
    }

    @Override
    public List<GuideDocument> guides(int first, int max) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the test held the gate", e);
        }
        List<GuideDocument> all = guides;
        if (first >= all.size()) {
            return Collections.emptyList();
        }
        return new ArrayList<GuideDocument>(all.subList(first, Math.min(all.size(), first + max)));
    }
}
